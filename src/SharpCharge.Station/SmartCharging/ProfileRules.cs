namespace SharpCharge.Station.SmartCharging;

/// <summary>The rules that differ between 1.6 and 2.x when installing a profile; the version adapter picks them.</summary>
internal sealed record ProfileRules
{
    /// <summary>1.6: the rules of 1.6 §3.13 and §5.16.</summary>
    public static readonly ProfileRules V16 = new() { StartScheduleRules = false, TransactionIdRequired = false, CrossEvseDuplicatesRejected = false };

    /// <summary>2.0.1 and 2.1: the rules of K01.</summary>
    public static readonly ProfileRules V2 = new() { StartScheduleRules = true, TransactionIdRequired = true, CrossEvseDuplicatesRejected = true };

    /// <summary>Absolute and Recurring need a startSchedule, Relative has none (K01.FR.40/41).</summary>
    public required bool StartScheduleRules { get; init; }

    /// <summary>A TxProfile names its transaction (K01.FR.03, K01.FR.33).</summary>
    public required bool TransactionIdRequired { get; init; }

    /// <summary>A TxDefaultProfile stack level may not be on EVSE 0 and a specific EVSE at once (K01.FR.52/53).</summary>
    public required bool CrossEvseDuplicatesRejected { get; init; }
}
