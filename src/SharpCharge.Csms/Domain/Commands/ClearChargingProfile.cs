using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Clear charging profiles by id, or by EVSE, purpose and stack level (all of them when nothing is given).</summary>
internal sealed record ClearChargingProfile(int? ProfileId, int? EvseId, ChargingProfilePurpose? Purpose, int? StackLevel) : ChargerCommand
{
    public override string Name => "ClearChargingProfile";
}
