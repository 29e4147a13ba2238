using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>How the outstanding CALL ended: exactly one of the members says so.</summary>
internal readonly record struct PendingReply(PendingOutcome Outcome, IOcppResponse? Response = null, Exception? Error = null)
{
    public static PendingReply TimedOut => new(PendingOutcome.TimedOut);

    public static PendingReply Cancelled => new(PendingOutcome.Cancelled);

    public static PendingReply Closed => new(PendingOutcome.Closed);
}

/// <summary>The ways an outstanding CALL can end.</summary>
internal enum PendingOutcome
{
    /// <summary>A valid CALLRESULT arrived.</summary>
    Result,

    /// <summary>A CALLERROR arrived, or the CALLRESULT was invalid; <see cref="PendingReply.Error"/> says which.</summary>
    Failed,

    /// <summary>Nothing arrived within the timeout.</summary>
    TimedOut,

    /// <summary>The caller cancelled.</summary>
    Cancelled,

    /// <summary>The connection closed.</summary>
    Closed,
}
