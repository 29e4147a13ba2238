using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    private IChargingProfileStore ProfileStore => Host.Get<IChargingProfileStore>();

    [Fact]
    [Trait("Spec", "Issue 7: profiles are stored and versioned; every change keeps the old version")]
    public async Task ProfileStore_UpdateAndDelete_AddVersionsAndKeepTheOldOnes()
    {
        var created = await ProfileStore.CreateAsync("Depot nights", Daily(11_000m), Start, None);
        var updated = await ProfileStore.UpdateAsync(created.Id, "Depot nights (lower)", Daily(7_400m), Start.AddMinutes(1), None);

        Assert.Equal(1, created.Version);
        Assert.Equal(created.Id, created.Profile.Id);
        Assert.Equal((created.Id, 2, 2), (updated!.Id, updated.Version, updated.CurrentVersion));
        var first = await ProfileStore.GetAsync(created.Id, 1, None);
        var newest = await ProfileStore.GetAsync(created.Id, null, None);
        Assert.Equal(11_000m, first!.Profile.Schedule.Periods[0].Limit);
        Assert.Equal((ChargingProfileKind.Recurring, (RecurrencyKind?)RecurrencyKind.Daily, 2), (first.Profile.Kind, first.Profile.Recurrency, first.CurrentVersion));
        Assert.Equal(((decimal?)7_400m, (string?)"Depot nights (lower)"), (newest!.Profile.Schedule.Periods[0].Limit, newest.Name));
        Assert.Equal([1, 2], (await ProfileStore.VersionsAsync(created.Id, None)).Select(v => v.Version));

        Assert.True(await ProfileStore.DeleteAsync(created.Id, Start.AddMinutes(2), None));
        Assert.False(await ProfileStore.DeleteAsync(created.Id, Start.AddMinutes(3), None));
        Assert.Null(await ProfileStore.UpdateAsync(created.Id, null, Daily(1m), Start.AddMinutes(3), None));
        Assert.Empty(await ProfileStore.ListAsync(None));
        Assert.Equal(Start.AddMinutes(2), (await ProfileStore.GetAsync(created.Id, 1, None))!.DeletedAt);
    }

    [Fact]
    [Trait("Spec", "1.6 §5.16.3, K01.FR.05 (same id replaces); K10 (clear)")]
    public async Task ProfileStore_Assignments_AcceptedOneReplacesTheSameIdAndClearingEndsIt()
    {
        var profile = Daily(11_000m) with { Id = 7 };
        await ProfileStore.RecordAssignmentAsync(Sent("CP-1", profile, CommandOutcome.Success, 0) with { ProfileVersion = 1 }, None);
        await ProfileStore.RecordAssignmentAsync(Sent("CP-1", profile, CommandOutcome.Rejected, 1) with { ProfileVersion = 2, Status = "Rejected" }, None);
        await ProfileStore.RecordAssignmentAsync(Sent("cp-1", profile, CommandOutcome.Success, 2) with { ProfileVersion = 3 }, None);
        await ProfileStore.RecordAssignmentAsync(Sent("CP-2", profile, CommandOutcome.Success, 3), None);

        var active = Assert.Single(await ProfileStore.AssignmentsAsync("CP-1", activeOnly: true, 10, None));
        Assert.Equal(((int?)3, ChargingProfileSource.Operator), (active.ProfileVersion, active.Source));
        var history = await ProfileStore.AssignmentsAsync("CP-1", activeOnly: false, 10, None);
        Assert.Equal([3, 2, 1], history.Select(a => a.ProfileVersion ?? 0));
        Assert.Equal(Start.AddMinutes(2), history.Single(a => a.ProfileVersion == 1).ClearedAt);

        Assert.Equal(1, await ProfileStore.ClearAssignmentsAsync("CP-1", 7, Start.AddMinutes(5), None));
        Assert.Empty(await ProfileStore.AssignmentsAsync("CP-1", activeOnly: true, 10, None));
        Assert.Single(await ProfileStore.AssignmentsAsync("CP-2", activeOnly: true, 10, None));
    }

    [Fact]
    [Trait("Spec", "K09.FR.01/02 (parts share the requestId), K12, K13")]
    public async Task ProfileStore_ReportsAddUpPerRequestAndExternalLimitsAreFoundBySite()
    {
        await Stations.SaveAsync(new Station("SITE", "Site") { CapacityKw = 100 }, None);
        await Chargers.RegisterAsync("CP-1", ChargerRegistrationStatus.Accepted, None);
        await Chargers.AssignStationAsync("CP-1", "SITE", None);

        await ProfileStore.AddReportedAsync("CP-1", 5, [Reported(5, 0, "CSO", 1)], None);
        await ProfileStore.AddReportedAsync("CP-1", 5, [Reported(5, 1, "EMS", 2), Reported(5, 1, "CSO", 3)], None);
        Assert.Equal([1, 2, 3], (await ProfileStore.ReportedAsync("cp-1", None)).Select(r => r.Profile.Id).Order());
        await ProfileStore.AddReportedAsync("CP-1", 6, [Reported(6, 1, "CSO", 4)], None);
        Assert.Equal(4, Assert.Single(await ProfileStore.ReportedAsync("CP-1", None)).Profile.Id);

        var schedule = new ChargingSchedule { RateUnit = ChargingRateUnit.W, Periods = [new ChargingSchedulePeriod(0, 30_000m)] };
        await ProfileStore.SaveExternalLimitAsync(new ExternalChargingLimit("CP-1", 1, "EMS", true, [schedule], Start), None);
        await ProfileStore.SaveExternalLimitAsync(new ExternalChargingLimit("CP-1", 1, "EMS", false, [schedule with { Periods = [new ChargingSchedulePeriod(0, 20_000m)] }], Start), None);
        await ProfileStore.SaveExternalLimitAsync(new ExternalChargingLimit("CP-1", 0, "SO", null, [], Start), None);

        var bySite = await ProfileStore.ExternalLimitsAsync(null, "SITE", None);
        Assert.Equal(2, bySite.Count);
        var ems = bySite.Single(l => l.LimitSource == "EMS");
        Assert.Equal(((bool?)false, (decimal?)20_000m), (ems.GridCritical, ems.Schedules[0].Periods[0].Limit));
        Assert.Equal(1, await ProfileStore.ClearExternalLimitsAsync("cp-1", 1, "EMS", None));
        Assert.Equal("SO", Assert.Single(await ProfileStore.ExternalLimitsAsync("CP-1", null, None)).LimitSource);
    }

    private static ChargingProfile Daily(decimal limitW) => new()
    {
        Id = 0,
        StackLevel = 2,
        Purpose = ChargingProfilePurpose.TxDefaultProfile,
        Kind = ChargingProfileKind.Recurring,
        Recurrency = RecurrencyKind.Daily,
        Schedules =
        [
            new ChargingSchedule
            {
                StartSchedule = Start,
                RateUnit = ChargingRateUnit.W,
                Periods = [new ChargingSchedulePeriod(0, limitW, 3), new ChargingSchedulePeriod(3_600, limitW / 2)],
            },
        ],
    };

    private static ProfileAssignment Sent(string chargerId, ChargingProfile profile, CommandOutcome outcome, int minute)
        => new(chargerId, 1, profile, ChargingProfileSource.Operator, outcome, Start.AddMinutes(minute));

    private static ReportedChargingProfile Reported(int requestId, int evseId, string source, int profileId)
        => new("CP-1", requestId, evseId, source, Daily(1_000m) with { Id = profileId }, Start);
}
