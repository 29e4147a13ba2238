using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task ReportStatus_NewConnector_StoresCurrentStateAndHistory()
    {
        await AcceptedChargerAsync();

        var changed = await Statuses.ReportAsync(
            new StatusReport("CP-1", 1, 1, ConnectorStatus.Faulted, At(-1))
            {
                ErrorCode = "GroundFailure",
                Info = "RCD tripped",
                VendorId = "ACME",
                VendorErrorCode = "E42",
            },
            None);

        Assert.True(changed);
        var state = Assert.Single(await Statuses.GetAsync("CP-1", None));
        Assert.Equal(
            new ConnectorState("CP-1", 1, 1, ConnectorStatus.Faulted, At(-1), Clock.GetUtcNow())
            {
                ErrorCode = "GroundFailure",
                Info = "RCD tripped",
                VendorId = "ACME",
                VendorErrorCode = "E42",
            },
            state);
        var history = Assert.Single(await Statuses.GetHistoryAsync("CP-1", 1, 1, 10, None));
        Assert.Equal((ConnectorStatus.Faulted, "GroundFailure", "E42"), (history.Status, history.ErrorCode, history.VendorErrorCode));
    }

    [Fact]
    public async Task ReportStatus_SameStatusAgain_AddsNoHistory()
    {
        await AcceptedChargerAsync();
        await Statuses.ReportAsync(new StatusReport("CP-1", 1, 1, ConnectorStatus.Available, At(0)), None);

        Clock.Advance(TimeSpan.FromMinutes(1));
        var changed = await Statuses.ReportAsync(new StatusReport("CP-1", 1, 1, ConnectorStatus.Available, At(0)), None);

        Assert.False(changed);
        Assert.Single(await Statuses.GetHistoryAsync("CP-1", null, null, 10, None));
        Assert.Equal(At(0), (await Statuses.GetAsync("CP-1", None))[0].StatusAt);
    }

    [Fact]
    public async Task ReportStatus_Sequence_KeepsEveryChangeNewestFirst()
    {
        await AcceptedChargerAsync();
        ConnectorStatus[] sequence =
            [ConnectorStatus.Available, ConnectorStatus.Preparing, ConnectorStatus.Charging, ConnectorStatus.SuspendedEV,
             ConnectorStatus.Charging, ConnectorStatus.Finishing, ConnectorStatus.Available];
        for (var i = 0; i < sequence.Length; i++)
        {
            await Statuses.ReportAsync(new StatusReport("CP-1", 2, 1, sequence[i], At(i)), None);
        }

        var history = await Statuses.GetHistoryAsync("CP-1", 2, null, 100, None);

        Assert.Equal(sequence.Reverse(), history.Select(h => h.Status));
        Assert.Equal(2, (await Statuses.GetHistoryAsync("CP-1", 2, 1, 2, None)).Count);
    }

    [Fact]
    public async Task ReportStatus_OlderThanCurrent_OnlyEntersTheHistory()
    {
        await AcceptedChargerAsync();
        await Statuses.ReportAsync(new StatusReport("CP-1", 1, 1, ConnectorStatus.Occupied, At(10)), None);

        var changed = await Statuses.ReportAsync(new StatusReport("CP-1", 1, 1, ConnectorStatus.Available, At(5)), None);

        Assert.False(changed);
        Assert.Equal(ConnectorStatus.Occupied, (await Statuses.GetAsync("CP-1", None))[0].Status);
        Assert.Equal(2, (await Statuses.GetHistoryAsync("CP-1", 1, 1, 10, None)).Count);
    }

    [Fact]
    public async Task ReportStatus_WholeChargerAndEvses_AreKeptApart()
    {
        await AcceptedChargerAsync();

        await Statuses.ReportAsync(new StatusReport("CP-1", 0, 0, ConnectorStatus.Unavailable, null), None);
        await Statuses.ReportAsync(new StatusReport("CP-1", 1, 1, ConnectorStatus.Available, At(0)), None);
        await Statuses.ReportAsync(new StatusReport("CP-1", 1, 2, ConnectorStatus.Reserved, At(0)), None);

        var states = await Statuses.GetAsync("CP-1", None);
        Assert.Equal(
            [(0, 0, ConnectorStatus.Unavailable), (1, 1, ConnectorStatus.Available), (1, 2, ConnectorStatus.Reserved)],
            states.Select(s => (s.EvseId, s.ConnectorId, s.Status)));
        Assert.Equal(Clock.GetUtcNow(), states[0].StatusAt);
    }
}
