namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// <c>POST /api/chargers/{id}/charging-profiles/assignments</c>: which stored profile (its newest version unless
/// <c>version</c> is given) goes to which EVSE (0: the whole charger); a TxProfile's <c>transaction_id</c> (the
/// central system's id) picks the session, else the one running on the EVSE.
/// </summary>
internal sealed record AssignProfileBody
{
    public int? ProfileId { get; init; }

    public int? Version { get; init; }

    public int? EvseId { get; init; }

    public long? TransactionId { get; init; }
}
