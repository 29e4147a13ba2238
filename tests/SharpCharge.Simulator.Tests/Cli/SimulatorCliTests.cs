using SharpCharge.Ocpp;
using SharpCharge.Simulator.Cli;
using SharpCharge.Simulator.Load;

namespace SharpCharge.Simulator.Tests.Cli;

public sealed class SimulatorCliTests
{
    [Theory]
    [InlineData("--count 0", "--count must be from 1 to 100000 (found 0).")]
    [InlineData("--count 100001", "--count must be from 1 to 100000 (found 100001).")]
    [InlineData("--version 3.0", "--version must be 1.6, 2.0.1 or 2.1 (found '3.0').")]
    [InlineData("--speed 0.5", "--speed must be from 1 to 10000 (found 0.5).")]
    [InlineData("--duration soon", "--duration must be a duration like 90s, 15m or 2h (found 'soon').")]
    [InlineData("--duration 0s", "--duration must be a duration like 90s, 15m or 2h (found '0s').")]
    [InlineData("--utilisation 1.5", "--utilisation must be above 0 and below 1, e.g. 0.3 for 30 % (found 1.5).")]
    [InlineData("--id-prefix a/b", "--id-prefix must be 1 to 40 characters without spaces, '/', ':', '?' or '#' (found 'a/b').")]
    [InlineData("--fleet /nonexistent/fleet.yaml", "--fleet: the file '/nonexistent/fleet.yaml' does not exist.")]
    [InlineData("--json-summary /nonexistent/out.json", "--json-summary: the folder '/nonexistent' does not exist.")]
    [InlineData("--protocol-debug --log-level LOUD", "--log-level must be DEBUG, INFO or WARNING (found 'LOUD').")]
    public void BadOption_SaysWhatToFix(string arguments, string expected)
    {
        var errors = Errors("--csms ws://localhost:9000/ocpp " + arguments);

        Assert.Contains(expected, errors);
    }

    [Theory]
    [InlineData("--csms http://localhost:9000/ocpp")]
    [InlineData("--csms localhost:9000")]
    public void Csms_ThatIsNotAWebSocketUrl_IsRefused(string arguments)
        => Assert.Contains(Errors(arguments), e => e.StartsWith("--csms must be a ws:// or wss:// URL", StringComparison.Ordinal));

    [Fact]
    public void Csms_Missing_IsReported()
        => Assert.Contains(Errors("--count 2"), e => e.Contains("--csms", StringComparison.Ordinal));

    [Theory]
    [InlineData("load --csms ws://localhost:9000/ocpp --mix everything", "--mix must be heartbeat, meter-values or start-stop (found 'everything').")]
    [InlineData("load --csms ws://localhost:9000/ocpp --source-address 127.0.0.1 nowhere", "--source-address must be IP addresses of this machine, e.g. 127.0.0.1 127.0.0.2 (found 'nowhere').")]
    [InlineData("load --csms ws://localhost:9000/ocpp --ramp 0", "--ramp must be from 1 to 100000 stations per second (found 0).")]
    public void BadLoadOption_SaysWhatToFix(string arguments, string expected)
        => Assert.Contains(expected, Errors(arguments));

    [Theory]
    [InlineData("--csms ws://localhost:9000/ocpp --count abc")]
    [InlineData("load --csms ws://localhost:9000/ocpp --count 1.5")]
    public void Count_ThatIsNotANumber_IsAParseError_NotACrash(string arguments)
        => Assert.Contains(Errors(arguments), e => e.Contains("--count", StringComparison.Ordinal));

    [Fact]
    public void Count_AboveTheFileLimit_SaysHowManyFit()
    {
        var root = SimulatorCli.Create(TextWriter.Null, fileLimit: () => 20_000);

        var errors = root.Parse(["load", "--csms", "ws://localhost:9000/ocpp", "--count", "25000"]).Errors.Select(e => e.Message);

        Assert.Contains("--count 25000 needs about 25100 open files, but this process may open 20000 (ulimit -n). Use 19900 stations or less, raise the limit, or split the stations over several processes.", errors);
    }

    [Fact]
    public void LoadOptions_AreParsedIntoSettings()
    {
        var options = new SimulatorOptions(() => null);
        var root = new System.CommandLine.RootCommand();
        SimulatorOptions.FreeVersionName(root);
        foreach (var option in options.Common)
        {
            root.Options.Add(option);
        }

        root.Options.Add(options.Mix);
        root.Options.Add(options.Sources);
        root.Options.Add(options.Ramp);
        root.Options.Add(options.Interval);
        root.Options.Add(options.RetryConnect);
        var parse = root.Parse("--csms ws://127.0.0.1:9000/ocpp --count 50 --version 2.0.1 --mix start-stop --source-address 127.0.0.1 127.0.0.2 --ramp 25 --duration 2m --interval 1s --retry-connect");

        var settings = SimulatorCli.LoadSettings(options, parse);

        Assert.Empty(parse.Errors);
        Assert.Equal((50, OcppVersion.V201, MessageMix.StartStop, 25), (settings.Count, settings.Version, settings.Mix, settings.RampPerSecond));
        Assert.Equal(["127.0.0.1", "127.0.0.2"], settings.SourceAddresses.Select(a => a.ToString()));
        Assert.Equal((TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(1)), (settings.Duration, settings.Interval));
        Assert.True(settings.RetryConnect);
    }

    [Fact]
    public void GoodArguments_HaveNoErrors()
        => Assert.Empty(Errors("--csms wss://csms.example.com/ocpp --count 20 --version 2.1 --id-prefix CP --speed 60 --seed 3 --duration 1h --quiet"));

    private static List<string> Errors(string arguments)
        => [.. SimulatorCli.Create(TextWriter.Null, fileLimit: () => 20_000).Parse(arguments).Errors.Select(e => e.Message)];
}
