namespace SharpCharge.Station.Model;

/// <summary>
/// One charging session (transaction) on an EVSE. <see cref="LocalId"/> is the station's own id: the 2.x
/// transactionId, and for 1.6 a key until the central system assigns <see cref="CsmsTransactionId"/>.
/// Guarded by the station's lock.
/// </summary>
internal sealed class Session(int evseId, int connectorId, string localId, string idToken, DateTimeOffset startedAt, decimal meterStartWh, int? remoteStartId)
{
    public int EvseId { get; } = evseId;

    public int ConnectorId { get; } = connectorId;

    public string LocalId { get; } = localId;

    public string IdToken { get; } = idToken;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public decimal MeterStartWh { get; } = meterStartWh;

    public int? RemoteStartId { get; } = remoteStartId;

    /// <summary>1.6: the id from StartTransaction.conf; null until it arrives.</summary>
    public int? CsmsTransactionId { get; set; }

    /// <summary>2.x: the seqNo the next TransactionEvent of this session carries (starts at 0).</summary>
    public int NextSeqNo { get; set; }

    /// <summary>When the energy register was last brought up to date for this session.</summary>
    public DateTimeOffset LastMeterAt { get; set; } = startedAt;

    /// <summary>When the last periodic sample was taken (the start at first): the next is due one interval later.</summary>
    public DateTimeOffset LastPeriodicAt { get; set; } = startedAt;

    /// <summary>The central system refused the token but StopTxOnInvalidId is false: no energy is offered (SuspendedEVSE).</summary>
    public bool EnergyWithheld { get; set; }

    /// <summary>The reservation this session consumed, if any (1.6 StartTransaction.reservationId, 2.x reservationId).</summary>
    public int? ReservationId { get; set; }

    /// <summary>2.x: the total cost the central system last reported with CostUpdated.</summary>
    public decimal? RunningCost { get; set; }

    public bool Ended { get; set; }

    /// <summary>The id to show users: the central system's for 1.6 once known, else the local one.</summary>
    public string DisplayId => CsmsTransactionId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? LocalId;
}
