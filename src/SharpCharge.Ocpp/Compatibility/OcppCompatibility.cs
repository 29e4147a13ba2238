namespace SharpCharge.Ocpp.Compatibility;

/// <summary>
/// Deviations from the specification that real chargers are known to send, each accepted only when switched on
/// (per charger, by the application). All are off by default: the specification is clear on each of them. A
/// payload that passes the schema never pays for these; they are tried only after a payload failed validation,
/// and only the defects they name are repaired, so every other error still gets its CALLERROR.
/// </summary>
/// <remarks>
/// Timestamps without fraction digits or with an offset other than Z are not listed: RFC 3339, which the OCPP
/// schemas name, allows both, so they are always accepted.
/// </remarks>
public sealed record OcppCompatibility
{
    /// <summary>No deviation accepted.</summary>
    public static OcppCompatibility Strict { get; } = new();

    /// <summary>A payload of <c>null</c> (seen on 1.6 Heartbeat) is read as <c>{}</c>. OCPP-J 1.6 §4.1.3 and 2.0.1 Part 4 §4.2.1: the payload is a JSON object.</summary>
    public bool NullPayloadAsEmptyObject { get; init; }

    /// <summary>Properties the schema does not define (vendor extras) are dropped instead of refused; the schemas set additionalProperties false.</summary>
    public bool IgnoreUnknownProperties { get; init; }

    /// <summary>A number sent as a string (<c>"12.5"</c>) is read as the number; the schemas type such values as number or integer.</summary>
    public bool NumbersAsStrings { get; init; }

    /// <summary>A date-time without an offset (<c>2025-01-01T10:00:00</c>) is read as UTC; RFC 3339 requires the offset.</summary>
    public bool TimestampsWithoutOffsetAsUtc { get; init; }

    /// <summary>The WebSocket subprotocol <c>ocpp1.6j</c> is taken as OCPP 1.6; OCPP-J 1.6 §3.1.2 names it <c>ocpp1.6</c>.</summary>
    public bool Ocpp16jSubprotocol { get; init; }

    /// <summary>True when no payload deviation is accepted (the subprotocol one is the endpoint's concern).</summary>
    public bool RepairsNothing => !NullPayloadAsEmptyObject && !IgnoreUnknownProperties && !NumbersAsStrings && !TimestampsWithoutOffsetAsUtc;
}
