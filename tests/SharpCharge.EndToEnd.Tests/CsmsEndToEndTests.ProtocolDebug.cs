using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>Protocol debug logging in the running central system: tags per frame, one file per charger, off by default.</summary>
public abstract partial class CsmsEndToEndTests
{
    [Fact]
    public async Task ProtocolDebug_WritesTaggedLinesPerCharger_ToItsOwnFile()
    {
        var folder = Directory.CreateTempSubdirectory("sharpcharge-trace-").FullName;
        try
        {
            var pattern = Path.Combine(folder, "ocpp_{charger}.log");
            await using (var running = await RunAsync(new Dictionary<string, string?>
            {
                ["Ocpp:ProtocolDebug:Enabled"] = "true",
                ["Ocpp:ProtocolDebug:Level"] = "DEBUG",
                ["Ocpp:ProtocolDebug:File"] = pattern,
            }))
            {
                await using var first = await RawCharger.ConnectAsync(running.Server, "CP-TRACE-1", OcppVersion.V16);
                await using var second = await RawCharger.ConnectAsync(running.Server, "CP-TRACE-2", OcppVersion.V201);
                await first.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));
                await second.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));
                await second.CallErrorAsync("NoSuchAction", "{}");
            }

            var one = await File.ReadAllLinesAsync(Path.Combine(folder, "ocpp_CP-TRACE-1.log"));
            var two = await File.ReadAllLinesAsync(Path.Combine(folder, "ocpp_CP-TRACE-2.log"));
            foreach (var tag in new[] { "[SERVER-RECV]", "[OCPP-RAW-RECV]", "[OCPP-CALL-RECV]", "[OCPP-PAYLOAD-RECV]", "[OCPP-CALLRESULT-SEND]", "[OCPP-RESPONSE-SEND]", "[SERVER-SEND]" })
            {
                Assert.Contains(one, l => l.Contains(tag + " charger=CP-TRACE-1 ", StringComparison.Ordinal));
            }

            Assert.Contains(one, l => l.Contains("[OCPP-CALL-RECV] charger=CP-TRACE-1 action=BootNotification", StringComparison.Ordinal));
            Assert.DoesNotContain(one, l => l.Contains("CP-TRACE-2", StringComparison.Ordinal));
            Assert.DoesNotContain(one, l => l.Contains("[OCPP-CALLERROR-SEND]", StringComparison.Ordinal));
            Assert.Contains(two, l => l.Contains("[OCPP-CALLERROR-SEND] charger=CP-TRACE-2 action=NoSuchAction", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ProtocolDebug_Off_WritesNoTraceFile()
    {
        var folder = Directory.CreateTempSubdirectory("sharpcharge-trace-").FullName;
        try
        {
            await using (var running = await RunAsync(new Dictionary<string, string?>
            {
                ["Ocpp:ProtocolDebug:Enabled"] = "false",
                ["Ocpp:ProtocolDebug:File"] = Path.Combine(folder, "ocpp_{charger}.log"),
            }))
            {
                await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-QUIET", OcppVersion.V16);
                await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));
            }

            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ProtocolDebug_WithAnUnknownLevel_RefusesToStart_NamingTheVariable()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(new Dictionary<string, string?>
        {
            ["Ocpp:ProtocolDebug:Enabled"] = "true",
            ["Ocpp:ProtocolDebug:Level"] = "LOUD",
        }));
        Assert.Contains("OCPP_LOG_LEVEL", error.Message, StringComparison.Ordinal);
        Assert.Contains("'LOUD'", error.Message, StringComparison.Ordinal);
    }
}
