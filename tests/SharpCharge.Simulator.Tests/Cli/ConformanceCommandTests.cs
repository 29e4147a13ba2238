using SharpCharge.Simulator.Cli;

namespace SharpCharge.Simulator.Tests.Cli;

/// <summary>The conformance command's arguments: every mistake says what to type instead, before anything connects.</summary>
public sealed class ConformanceCommandTests
{
    [Theory]
    [InlineData("--version 2.1", "conformance: --version must be 1.6 or 2.0.1 (the 2.1 test cases are not published yet).")]
    [InlineData("--timeout 0", "--timeout must be from 1 to 3600 seconds (found 0).")]
    [InlineData("--sharpcharge-api ws://localhost:8080", "--sharpcharge-api must be an http:// or https:// address, e.g. http://localhost:8080 (found 'ws://localhost:8080').")]
    public void BadOption_SaysWhatToFix(string arguments, string expected)
    {
        var parse = SimulatorCli.Create(TextWriter.Null, () => 20_000, TextWriter.Null).Parse("conformance --csms ws://localhost:9000/ocpp " + arguments);

        Assert.Contains(expected, parse.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task UnknownCase_IsRefusedBeforeConnecting()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await SimulatorCli.Create(output, () => 20_000, errors).Parse("conformance --csms ws://127.0.0.1:1/ocpp --version 2.0.1 --cases TC_B_01_CSMS,TC_Z_99_CSMS").InvokeAsync();

        Assert.Equal(1, exit);
        Assert.Equal("--cases: no ocpp2.0.1 case TC_Z_99_CSMS; --list shows the ids.", errors.ToString().Trim());
    }

    [Fact]
    public async Task List_PrintsTheCasesOfTheVersion()
    {
        var output = new StringWriter();

        var exit = await SimulatorCli.Create(output, () => 20_000, TextWriter.Null).Parse("conformance --csms ws://127.0.0.1:1/ocpp --version 1.6 --list").InvokeAsync();

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("TC_001_CSMS ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("TC_B_", StringComparison.Ordinal));
        Assert.True(lines.Length >= 50);
    }
}
