namespace SharpCharge.Csms.Domain.Events;

/// <summary>Which frames the protocol log table keeps (<c>Csms:ProtocolLog</c>).</summary>
internal enum ProtocolLogMode
{
    /// <summary>None.</summary>
    Off,

    /// <summary>CALLERRORs (and 2.1 CALLRESULTERRORs) in both directions, and received frames that could not be read.</summary>
    Errors,

    /// <summary>Every frame, in and out.</summary>
    All,
}
