namespace SharpCharge.Station.Protocol;

/// <summary>Why a session ended, mapped to 1.6 Reason and 2.x stoppedReason/triggerReason by the adapters.</summary>
internal enum StopCause
{
    Local,
    Remote,
    HardReset,
    SoftReset,

    /// <summary>The central system's answer to the start refused the token (StopTransactionOnInvalidId = true).</summary>
    DeAuthorized,

    /// <summary>1.6 UnlockConnector on a connector with a running transaction.</summary>
    UnlockCommand,
}
