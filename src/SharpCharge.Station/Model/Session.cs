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

    public DateTimeOffset LastMeterAt { get; set; } = startedAt;

    public bool Ended { get; set; }

    /// <summary>The id to show users: the central system's for 1.6 once known, else the local one.</summary>
    public string DisplayId => CsmsTransactionId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? LocalId;
}
