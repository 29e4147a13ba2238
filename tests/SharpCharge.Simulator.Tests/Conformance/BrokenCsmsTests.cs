using SharpCharge.Ocpp;
using SharpCharge.Simulator.Cli;
using SharpCharge.Simulator.Conformance;
using SharpCharge.Simulator.Conformance.Cases;

namespace SharpCharge.Simulator.Tests.Conformance;

/// <summary>A central system that breaks a case gets a failed verdict, the reason, and the transcript of the frames both ways.</summary>
public sealed class BrokenCsmsTests
{
    [Fact]
    [Trait("Requirement", "B01.FR.02")]
    public async Task BootRejectedForAcceptedStation_FailsTcB01WithTranscript()
    {
        await using var csms = await BrokenCsms.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), $"conformance-transcripts-{Guid.NewGuid():N}");
        var junit = folder + ".xml";
        var settings = new ConformanceSettings
        {
            Csms = csms.Endpoint,
            Version = OcppVersion.V201,
            StepTimeout = TimeSpan.FromSeconds(5),
            TranscriptDirectory = folder,
            JUnitPath = junit,
        };
        var cases = CaseCatalogue.Select(OcppVersion.V201, ["TC_B_01_CSMS", "TC_B_06_CSMS"], out _);
        var output = new StringWriter();
        try
        {
            var exit = await ConformanceCommand.RunAsync(settings, cases, output, output, TimeProvider.System, CancellationToken.None);

            Assert.Equal(3, exit);
            var text = output.ToString();
            Assert.Contains("TC_B_01_CSMS    FAILED", text, StringComparison.Ordinal);
            Assert.Contains("expected r => r.Status == RegistrationStatusEnumType.Accepted", text, StringComparison.Ordinal);
            // Without the API and without a person at the console the operator-driven case cannot run.
            Assert.Contains("TC_B_06_CSMS    n/a", text, StringComparison.Ordinal);
            Assert.Contains("1 failed, 1 not applicable", text, StringComparison.Ordinal);

            var transcript = await File.ReadAllTextAsync(Path.Combine(folder, "TC_B_01_CSMS.log"));
            Assert.Contains("CS -> CSMS  [2,", transcript, StringComparison.Ordinal);
            Assert.Contains("\"BootNotification\"", transcript, StringComparison.Ordinal);
            Assert.Contains("CSMS -> CS  [3,", transcript, StringComparison.Ordinal);
            Assert.Contains("\"status\":\"Rejected\"", transcript, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "TC_B_06_CSMS.log")));

            var xml = await File.ReadAllTextAsync(junit);
            Assert.Contains("failures=\"1\"", xml, StringComparison.Ordinal);
            Assert.Contains("skipped=\"1\"", xml, StringComparison.Ordinal);
            Assert.Contains("<failure message=", xml, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            File.Delete(junit);
        }
    }
}
