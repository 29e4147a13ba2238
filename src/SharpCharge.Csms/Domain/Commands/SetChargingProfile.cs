using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Install a charging profile on an EVSE (0 = the whole charger; 1.6 connector <see cref="EvseId"/>). A TxProfile's
/// <see cref="ChargingProfile.TransactionId"/> is the session's id as the charger knows it (1.6 the central system's
/// number, 2.x the charger's id).
/// </summary>
internal sealed record SetChargingProfile(int EvseId, ChargingProfile Profile) : ChargerCommand
{
    public override string Name => "SetChargingProfile";
}
