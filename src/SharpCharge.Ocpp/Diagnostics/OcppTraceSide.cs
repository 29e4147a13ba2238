namespace SharpCharge.Ocpp.Diagnostics;

/// <summary>Which end of the connection writes a protocol trace: it names the transport tags (<c>[SERVER-RECV]</c> or <c>[CHARGER-RECV]</c>).</summary>
public enum OcppTraceSide
{
    /// <summary>The central system's end.</summary>
    Server,

    /// <summary>The charging station's end.</summary>
    Charger,
}
