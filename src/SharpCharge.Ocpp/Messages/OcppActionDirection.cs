namespace SharpCharge.Ocpp.Messages;

/// <summary>Which side sends the CALL of an action.</summary>
public enum OcppActionDirection
{
    /// <summary>The charging station sends the CALL, the central system answers (e.g. BootNotification).</summary>
    ChargerToCsms,

    /// <summary>The central system sends the CALL, the charging station answers (e.g. Reset).</summary>
    CsmsToCharger,

    /// <summary>Either side may send it (DataTransfer).</summary>
    Both,
}
