namespace SharpCharge.Csms.Domain.Live;

/// <summary>What a <see cref="LiveEvent"/> reports. The REST event stream names each kind in snake_case.</summary>
internal enum LiveEventKind
{
    ChargerConnected,
    ChargerDisconnected,

    /// <summary>A connector's (or, at EVSE 0 / connector 0, the whole charger's) status changed.</summary>
    StatusChanged,

    /// <summary>New meter readings: the power now and/or the energy register.</summary>
    MeterUpdated,

    TransactionStarted,
    TransactionUpdated,
    TransactionEnded,

    /// <summary>
    /// New frames of the charger's protocol log were stored (at most one per charger per write batch). Only the
    /// dashboard's charger page uses it; the REST event stream leaves it out.
    /// </summary>
    ProtocolLogged,
}
