namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>The CALLERROR codes of a version, spelled as that version spells them (OCPP-NOTES §1.3).</summary>
internal sealed record FuzzCodes(OcppVersion Version)
{
    private bool Is16 => Version == OcppVersion.V16;

    /// <summary>Not valid JSON or not a readable frame: 1.6 FormationViolation, 2.x RpcFrameworkError.</summary>
    public string BadJson => Is16 ? "FormationViolation" : "RpcFrameworkError";

    /// <summary>A JSON array with the wrong elements: 1.6 ProtocolError, 2.x RpcFrameworkError.</summary>
    public string BadFrame => Is16 ? "ProtocolError" : "RpcFrameworkError";

    public string Format => Is16 ? "FormationViolation" : "FormatViolation";

    public string Occurrence => Is16 ? "OccurenceConstraintViolation" : "OccurrenceConstraintViolation";

    public string Type => "TypeConstraintViolation";

    public string Property => "PropertyConstraintViolation";

    /// <summary>Every code a peer of this version may legitimately answer a bad frame with (InternalError is a bug).</summary>
    public IReadOnlyList<string> AllButInternal => Is16
        ? ["NotImplemented", "NotSupported", "ProtocolError", "SecurityError", "FormationViolation", "PropertyConstraintViolation", "OccurenceConstraintViolation", "TypeConstraintViolation", "GenericError"]
        : ["FormatViolation", "GenericError", "MessageTypeNotSupported", "NotImplemented", "NotSupported", "OccurrenceConstraintViolation", "PropertyConstraintViolation", "ProtocolError", "RpcFrameworkError", "SecurityError", "TypeConstraintViolation"];
}
