namespace SharpCharge.Csms.Connections;

/// <summary>What happens when a charger id that is not in the store connects.</summary>
public enum UnknownChargerPolicy
{
    /// <summary>Register it and accept it at once (the development default).</summary>
    Accept,

    /// <summary>Register it; BootNotification is answered Pending until an operator accepts it.</summary>
    Pending,

    /// <summary>Refuse the handshake with HTTP 404 (the production default; OCPP-J 1.6 errata §3.4, 2.0.1 Part 4 §3.2).</summary>
    Reject,
}
