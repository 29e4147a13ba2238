namespace SharpCharge.Csms.Domain.Commands;

/// <summary>What a charging profile limits: the whole charger (1.6 ChargePointMaxProfile, 2.x ChargingStationMaxProfile), the default for new sessions, or one session.</summary>
internal enum ChargingProfilePurpose
{
    ChargerMax,
    TxDefault,
    Tx,
}
