namespace SharpCharge.Csms.Domain.Commands;

/// <summary>How a command ended. Stored by name in the command history.</summary>
internal enum CommandOutcome
{
    /// <summary>Recorded, not answered yet.</summary>
    Pending,

    /// <summary>The charger accepted (Accepted, Unlocked, Scheduled, ...).</summary>
    Success,

    /// <summary>The charger answered, but refused (Rejected, NotSupported, UnlockFailed, ...).</summary>
    Rejected,

    /// <summary>The charger answered with a CALLERROR.</summary>
    CallError,

    /// <summary>The charger's answer broke the response schema.</summary>
    InvalidResponse,

    /// <summary>No answer within the command timeout.</summary>
    Timeout,

    /// <summary>The charger is not connected, or disconnected before it answered.</summary>
    Offline,

    /// <summary>The charger's OCPP version has no message for this command; nothing was sent.</summary>
    NotSupported,

    /// <summary>The command cannot be expressed in the charger's version (a value out of range); nothing was sent.</summary>
    Invalid,

    /// <summary>Too many commands are already queued for this charger; nothing was sent.</summary>
    Busy,

    /// <summary>No charger has this id; nothing was sent or stored.</summary>
    UnknownCharger,

    /// <summary>The transaction to act on is not known for this charger; nothing was sent.</summary>
    UnknownTransaction,
}
