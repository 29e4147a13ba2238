namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// 2.x GetChargingProfiles (K09): asks for every profile the charger holds, of every source, on one EVSE or all
/// (<see cref="EvseId"/> null). The profiles arrive later as ReportChargingProfiles messages carrying
/// <see cref="RequestId"/> (K09.FR.01), in parts with tbc (K09.FR.02). 1.6 has no such message.
/// </summary>
internal sealed record GetChargingProfiles(int? EvseId) : ChargerCommand
{
    public override string Name => "GetChargingProfiles";

    public int RequestId { get; init; }

    public override int? FollowUpId => RequestId;
}
