namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// What a charging profile is for, in every version's terms (1.6 §3.13.1, 2.0.1 K §3.2, 2.1 K §3.2). 1.6's
/// ChargePointMaxProfile is <see cref="ChargingStationMaxProfile"/> here.
/// </summary>
public enum ChargingProfilePurpose
{
    /// <summary>The cap of the whole station (1.6 ChargePointMaxProfile); installed on EVSE 0 only.</summary>
    ChargingStationMaxProfile,

    /// <summary>The default for transactions: on EVSE 0 for every EVSE, or on one EVSE.</summary>
    TxDefaultProfile,

    /// <summary>One transaction's profile: hides the TxDefaultProfile while it defines a period.</summary>
    TxProfile,

    /// <summary>A limit an external system (not the central system) set; 2.x only.</summary>
    ChargingStationExternalConstraints,

    /// <summary>2.1: the most the station can give, replacing Tx(Default)Profile once priority charging is activated.</summary>
    PriorityCharging,

    /// <summary>2.1: locally generated power, added on top of the composite limit.</summary>
    LocalGeneration,
}
