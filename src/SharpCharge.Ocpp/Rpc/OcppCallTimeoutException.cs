namespace SharpCharge.Ocpp.Rpc;

/// <summary>No CALLRESULT or CALLERROR arrived within the call's timeout. A late answer is logged and dropped.</summary>
public sealed class OcppCallTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public OcppCallTimeoutException(string action, string messageId, TimeSpan timeout)
        : base($"{action} (message {messageId}) got no answer within {timeout.TotalSeconds:0.###} s.")
    {
        Action = action;
        MessageId = messageId;
        Timeout = timeout;
    }

    /// <summary>The action of the CALL.</summary>
    public string Action { get; }

    /// <summary>The message id of the CALL.</summary>
    public string MessageId { get; }

    /// <summary>The timeout that ran out.</summary>
    public TimeSpan Timeout { get; }
}
