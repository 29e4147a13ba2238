using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Limit the whole charger to <see cref="MaxPowerW"/>: a charger-wide maximum profile on EVSE 0 (1.6
/// ChargePointMaxProfile, 2.x ChargingStationMaxProfile) that replaces the previous one with the same id.
/// </summary>
internal sealed record SetPowerLimit(decimal MaxPowerW) : ChargerCommand
{
    /// <summary>The profile id this command always uses, so a new limit replaces the old one (1.6 §3.13.2, 2.x K01.FR.05).</summary>
    public const int ProfileId = 1_000_000;

    public override string Name => "SetPowerLimit";

    public SetChargingProfile ToProfile() => new(
        0,
        new ChargingProfile
        {
            Id = ProfileId,
            StackLevel = 0,
            Purpose = ChargingProfilePurpose.ChargingStationMaxProfile,
            // 2.x requires startSchedule for an Absolute profile; a recurring daily profile from midnight never ends.
            Kind = ChargingProfileKind.Recurring,
            Recurrency = RecurrencyKind.Daily,
            Schedules =
            [
                new ChargingSchedule
                {
                    StartSchedule = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
                    RateUnit = ChargingRateUnit.W,
                    Periods = [new ChargingSchedulePeriod(0, MaxPowerW)],
                },
            ],
        });
}
