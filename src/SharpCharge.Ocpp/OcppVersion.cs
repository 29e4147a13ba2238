namespace SharpCharge.Ocpp;

/// <summary>The OCPP versions SharpCharge speaks. The 1.6 security white paper messages belong to <see cref="V16"/>.</summary>
public enum OcppVersion
{
    /// <summary>OCPP 1.6 edition 2 (JSON), including the "Improved security for OCPP 1.6-J" messages.</summary>
    V16,

    /// <summary>OCPP 2.0.1 edition 3.</summary>
    V201,

    /// <summary>OCPP 2.1 edition 1.</summary>
    V21,
}
