using SharpCharge.Ocpp.SmartCharging;
using static SharpCharge.Ocpp.Tests.SmartCharging.Profiles;

namespace SharpCharge.Ocpp.Tests.SmartCharging;

public sealed class ChargingProfileCheckTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, ChargingProfile, bool, string> Broken() => new()
    {
        { "K01.FR.31", Absolute(ChargingProfilePurpose.TxDefaultProfile, 0, Start, ChargingRateUnit.W, (10, 1_000m)), true, ChargingProfileCheck.InvalidSchedule },
        { "K01.FR.35", Absolute(ChargingProfilePurpose.TxDefaultProfile, 0, Start, ChargingRateUnit.W, (0, 1_000m), (600, 2_000m), (300, 3_000m)), true, ChargingProfileCheck.InvalidSchedule },
        { "K01.FR.38", Relative(ChargingProfilePurpose.ChargingStationMaxProfile, 0, ChargingRateUnit.W, (0, 1_000m)), true, ChargingProfileCheck.InvalidProfile },
        { "K01.FR.40", Make(ChargingProfilePurpose.TxDefaultProfile, 0, ChargingProfileKind.Absolute, null, null, ChargingRateUnit.W, (0, 1_000m)), true, ChargingProfileCheck.InvalidSchedule },
        { "K01.FR.41", Make(ChargingProfilePurpose.TxDefaultProfile, 0, ChargingProfileKind.Relative, Start, null, ChargingRateUnit.W, (0, 1_000m)), true, ChargingProfileCheck.InvalidSchedule },
        { "1.6 §7.8 recurrencyKind", Make(ChargingProfilePurpose.TxDefaultProfile, 0, ChargingProfileKind.Recurring, Start, null, ChargingRateUnit.W, (0, 1_000m)), false, ChargingProfileCheck.InvalidProfile },
        { "negative limit", Absolute(ChargingProfilePurpose.TxDefaultProfile, 0, Start, ChargingRateUnit.A, (0, -1m)), false, ChargingProfileCheck.InvalidSchedule },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Problem_BrokenProfile_NamesTheReason(string rule, ChargingProfile profile, bool startScheduleRules, string reasonCode)
    {
        var problem = ChargingProfileCheck.Problem(profile, startScheduleRules);

        Assert.True(problem is not null, rule);
        Assert.Equal(reasonCode, problem.Value.ReasonCode);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §7.13: a schedule without startSchedule counts from the start of charging")]
    public void Problem_AbsoluteWithoutStartUnder16Rules_IsAccepted()
    {
        var profile = Make(ChargingProfilePurpose.TxDefaultProfile, 0, ChargingProfileKind.Absolute, null, null, ChargingRateUnit.W, (0, 1_000m));

        Assert.Null(ChargingProfileCheck.Problem(profile, startScheduleRules: false));
    }
}
