using Microsoft.Extensions.Logging;
using SharpCharge.Ocpp.Diagnostics;
using SharpCharge.Ocpp.Tests.Support;

namespace SharpCharge.Ocpp.Tests.Diagnostics;

/// <summary>Where the trace's lines go: one file, one file per charger, or a text writer; below the minimum level, nowhere.</summary>
public sealed class OcppTraceLoggerProviderTests : IDisposable
{
    // ManualTimeProvider starts at 2025-01-01 00:00 UTC.
    private readonly string _folder = Directory.CreateTempSubdirectory("sharpcharge-trace-provider-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_path_without_placeholder_collects_every_charger_in_one_file_with_timestamps()
    {
        var path = Path.Combine(_folder, "trace.log");
        using (var provider = new OcppTraceLoggerProvider(path, LogLevel.Debug, new ManualTimeProvider()))
        {
            var trace = new OcppProtocolTrace(provider.CreateLogger(OcppProtocolTrace.Category), OcppTraceSide.Charger);
            Write(trace, "CP-1", """[2,"a","Heartbeat",{}]""");
            Write(trace, "CP-2", """[2,"b","Heartbeat",{}]""");
        }

        var lines = File.ReadAllLines(path);
        Assert.Contains("2025-01-01T00:00:00.000Z [OCPP-CALL-SEND] charger=CP-1 action=Heartbeat id=a ", lines);
        Assert.Contains("2025-01-01T00:00:00.000Z [OCPP-CALL-SEND] charger=CP-2 action=Heartbeat id=b ", lines);
    }

    [Fact]
    public void The_charger_placeholder_gives_one_file_per_charger_with_unsafe_characters_replaced()
    {
        using (var provider = new OcppTraceLoggerProvider(Path.Combine(_folder, "logs", "ocpp_{charger}.log")))
        {
            var trace = new OcppProtocolTrace(provider.CreateLogger(OcppProtocolTrace.Category), OcppTraceSide.Charger);
            Write(trace, "CP-1", """[2,"a","Heartbeat",{}]""");
            Write(trace, "CP/2", """[2,"b","Heartbeat",{}]""");
        }

        Assert.All(File.ReadAllLines(Path.Combine(_folder, "logs", "ocpp_CP-1.log")), l => Assert.Contains("charger=CP-1 ", l, StringComparison.Ordinal));
        Assert.All(File.ReadAllLines(Path.Combine(_folder, "logs", "ocpp_CP_2.log")), l => Assert.Contains("charger=CP/2 ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_below_the_minimum_level_and_other_categories_are_not_written()
    {
        var console = new StringWriter();
        using var provider = new OcppTraceLoggerProvider(console, LogLevel.Information);
        var trace = new OcppProtocolTrace(provider.CreateLogger(OcppProtocolTrace.Category), OcppTraceSide.Charger);

        Write(trace, "CP-1", """[2,"a","Heartbeat",{}]""");
        provider.CreateLogger("SomethingElse").LogWarning("not a trace line");

        Assert.Equal(["[OCPP-CALL-SEND] charger=CP-1 action=Heartbeat id=a "], console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(l => l[25..]));
    }

    private static void Write(OcppProtocolTrace trace, string charger, string frame)
        => trace.ForConnection(charger).Sent(System.Text.Encoding.UTF8.GetBytes(frame));
}
