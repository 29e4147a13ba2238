using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>
/// The stored protocol log announces new frames live (what the dashboard's charger page listens to), once they can be
/// read back, so the page shows a Heartbeat as it arrives rather than with the next status or meter event.
/// </summary>
public sealed class ProtocolLogLiveTests
{
    [Fact]
    public async Task ProtocolLog_FramesStored_AreAnnouncedLive_ForTheirCharger_AfterTheyCanBeRead()
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage, new Dictionary<string, string?> { ["Csms:ProtocolLog"] = "All" });
        await using var charger = await RawCharger.ConnectAsync(server, "CP-LIVE-LOG", OcppVersion.V201);
        await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));
        using var subscription = server.Get<ILiveEvents>().Subscribe(100);

        await charger.CallAsync("Heartbeat", "{}");

        // Events for the boot's frames may come first; the Heartbeat's frames must be followed by one too.
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var events = server.Get<IChargerEventService>();
        while (true)
        {
            var announced = await subscription.Reader.ReadAsync(wait.Token);
            if (announced.Kind != LiveEventKind.ProtocolLogged)
            {
                continue;
            }

            Assert.Equal("CP-LIVE-LOG", announced.ChargerId);
            var stored = await events.ListProtocolLogAsync("CP-LIVE-LOG", 10, null, CancellationToken.None);
            if (stored.Any(e => e.Action == "Heartbeat"))
            {
                break;
            }
        }
    }
}
