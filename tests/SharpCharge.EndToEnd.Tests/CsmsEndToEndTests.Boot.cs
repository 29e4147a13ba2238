using SharpCharge.Csms.Domain.Stations;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.EndToEnd.Tests;

public abstract partial class CsmsEndToEndTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    [Trait("TestCase", "TC_B_01_CSMS")]
    public async Task Charger_BootsHeartbeatsAndReportsStatus_AllStored(OcppVersion version)
    {
        await using var running = await RunAsync();
        var id = $"CP-{version}";
        await using var charger = await RawCharger.ConnectAsync(running.Server, id, version);

        var boot = await charger.CallAsync("BootNotification", Payloads.Boot(version));
        Assert.Equal("Accepted", boot.GetProperty("status").GetString());
        Assert.Equal(300, boot.GetProperty("interval").GetInt32());
        var heartbeat = await charger.CallAsync("Heartbeat", "{}");
        Assert.True(DateTimeOffset.Parse(heartbeat.GetProperty("currentTime").GetString()!) > DateTimeOffset.UtcNow.AddMinutes(-5));
        await charger.CallAsync("StatusNotification", Payloads.Status(version, "Available", "Available"));
        await charger.CallAsync("StatusNotification", Payloads.Status(version, "Faulted", "Faulted"));

        var stored = await running.Server.Get<IChargerService>().FindAsync(id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("Acme", stored.Vendor);
        Assert.Equal("AC-22", stored.Model);
        Assert.Equal("SN-1", stored.SerialNumber);
        Assert.Equal("8931", stored.Iccid);
        Assert.True(stored.Online);
        Assert.NotNull(stored.LastHeartbeatAt);
        var status = running.Server.Get<IConnectorStatusService>();
        var connector = Assert.Single(await status.GetAsync(id, CancellationToken.None), c => c.EvseId == 1);
        Assert.Equal(ConnectorStatus.Faulted, connector.Status);
        Assert.Equal(2, (await status.GetHistoryAsync(id, 1, 1, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task TypedCharger_BootsThroughTheProtocolLibrary()
    {
        await using var running = await RunAsync();
        await using var charger = await TestCharger.ConnectAsync(running.Server, "CP-TYPED", OcppVersion.V201);

        var boot = await charger.Connection.CallAsync(new V201.BootNotificationRequest
        {
            Reason = V201.BootReasonEnumType.PowerUp,
            ChargingStation = new V201.ChargingStationType { Model = "M", VendorName = "V" },
        });

        Assert.Equal(V201.RegistrationStatusEnumType.Accepted, boot.Status);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task Charger_Disconnects_IsShownOffline(OcppVersion version)
    {
        await using var running = await RunAsync();
        var chargers = running.Server.Get<IChargerService>();
        var charger = await RawCharger.ConnectAsync(running.Server, "CP-OFF", version);
        await charger.CallAsync("BootNotification", Payloads.Boot(version));
        Assert.True((await chargers.FindAsync("CP-OFF", CancellationToken.None))!.Online);

        await charger.DisposeAsync();

        await Eventually.TrueAsync(async () => !(await chargers.FindAsync("CP-OFF", CancellationToken.None))!.Online);
    }
}
