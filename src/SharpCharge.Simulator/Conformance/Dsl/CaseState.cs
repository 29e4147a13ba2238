namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>
/// What one case remembers between its steps: the ids the central system handed out (transaction, request,
/// reservation) and the counters the charger keeps (seqNo, meter). Steps read it when they build a message and
/// write it from the answers they get.
/// </summary>
internal sealed class CaseState(string stationId, ConformanceTokens tokens, string runStamp, TimeProvider time)
{
    private int _seqNo;
    private int _transactions;

    public string StationId { get; } = stationId;

    public ConformanceTokens Tokens { get; } = tokens;

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The run's own password (--password), which the clean-up of a password case restores in the central system.</summary>
    public string? RunPassword { get; init; }

    /// <summary>The password the station used before a case changed it, to check that the old one no longer works.</summary>
    public string? PreviousPassword { get; set; }

    /// <summary>The HTTP Basic password the station sends (the run's --password, or one a case set up or was given); null sends none.</summary>
    public string? Password { get; set; }

    /// <summary>The transaction in progress: the 2.0.1 transactionId the charger chose, or the 1.6 one the central system gave.</summary>
    public string TransactionId { get; set; } = "";

    /// <summary>The 1.6 transactionId the central system gave in StartTransaction.conf.</summary>
    public int TransactionNumber { get; set; }

    /// <summary>True from a transaction's start until its end, so a failed case can end it and not disturb the next.</summary>
    public bool TransactionOpen { get; set; }

    /// <summary>The requestId, remoteStartId or reservationId of the central system's last request that carried one.</summary>
    public int RequestId { get; set; }

    /// <summary>The energy register in Wh; each reading adds to it so meter values only rise.</summary>
    public decimal MeterWh { get; private set; } = 1000;

    /// <summary>Starts a new 2.0.1 transaction id (unique across runs) and resets seqNo to 0 (E.FR.03, TC_E_53).</summary>
    public string NewTransaction()
    {
        _seqNo = 0;
        TransactionId = $"{runStamp}-{++_transactions}";
        return TransactionId;
    }

    /// <summary>The next seqNo of the running transaction, from 0.</summary>
    public int NextSeqNo() => _seqNo++;

    /// <summary>Advances the meter by <paramref name="wh"/> and returns the new reading.</summary>
    public decimal Meter(decimal wh = 500) => MeterWh += wh;
}
