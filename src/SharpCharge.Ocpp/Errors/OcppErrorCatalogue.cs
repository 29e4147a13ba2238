using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Errors;

/// <summary>
/// The error codes of one OCPP version: how each is spelled on the wire, and which code answers which
/// defect. The mapping follows the code definitions of OCPP-J 1.6 §4.2.3 and OCPP 2.0.1/2.1 Part 4 §4.3.
/// </summary>
public sealed class OcppErrorCatalogue
{
    /// <summary>The message id to use in a CALLERROR when the offending frame's id cannot be read (2.0.1 Part 4 §4.2.3).</summary>
    public const string UnreadableMessageId = "-1";

    /// <summary>OCPP 1.6 (and the 1.6 security extension).</summary>
    public static OcppErrorCatalogue V16 { get; } = new(OcppVersion.V16);

    /// <summary>OCPP 2.0.1.</summary>
    public static OcppErrorCatalogue V201 { get; } = new(OcppVersion.V201);

    /// <summary>OCPP 2.1.</summary>
    public static OcppErrorCatalogue V21 { get; } = new(OcppVersion.V21);

    private OcppErrorCatalogue(OcppVersion version) => Version = version;

    /// <summary>The version this catalogue speaks for.</summary>
    public OcppVersion Version { get; }

    private bool Is16 => Version == OcppVersion.V16;

    /// <summary>The catalogue of a version.</summary>
    public static OcppErrorCatalogue For(OcppVersion version) => version switch
    {
        OcppVersion.V16 => V16,
        OcppVersion.V201 => V201,
        OcppVersion.V21 => V21,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };

    /// <summary>The code as this version spells it in a CALLERROR.</summary>
    public string WireName(OcppErrorCode code) => code switch
    {
        OcppErrorCode.NotImplemented => "NotImplemented",
        OcppErrorCode.NotSupported => "NotSupported",
        OcppErrorCode.InternalError => "InternalError",
        OcppErrorCode.ProtocolError => "ProtocolError",
        OcppErrorCode.SecurityError => "SecurityError",
        // OCPP-J 1.6 errata §5.2: the 1.6 name stays FormationViolation.
        OcppErrorCode.FormatViolation => Is16 ? "FormationViolation" : "FormatViolation",
        OcppErrorCode.PropertyConstraintViolation => "PropertyConstraintViolation",
        // OCPP-J 1.6 errata §5.1: the 1.6 name keeps its typo.
        OcppErrorCode.OccurrenceConstraintViolation => Is16 ? "OccurenceConstraintViolation" : "OccurrenceConstraintViolation",
        OcppErrorCode.TypeConstraintViolation => "TypeConstraintViolation",
        OcppErrorCode.GenericError => "GenericError",
        // 1.6 has neither code; these are the nearest 1.6 meanings.
        OcppErrorCode.MessageTypeNotSupported => Is16 ? "ProtocolError" : "MessageTypeNotSupported",
        OcppErrorCode.RpcFrameworkError => Is16 ? "ProtocolError" : "RpcFrameworkError",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    /// <summary>
    /// Reads a code received from a peer. Both spellings are accepted from any version (peers get them wrong);
    /// an unknown code reads as <see cref="OcppErrorCode.GenericError"/> rather than failing.
    /// </summary>
    public static OcppErrorCode Parse(ReadOnlySpan<char> wire) => wire switch
    {
        "NotImplemented" => OcppErrorCode.NotImplemented,
        "NotSupported" => OcppErrorCode.NotSupported,
        "InternalError" => OcppErrorCode.InternalError,
        "ProtocolError" => OcppErrorCode.ProtocolError,
        "SecurityError" => OcppErrorCode.SecurityError,
        "FormatViolation" or "FormationViolation" => OcppErrorCode.FormatViolation,
        "PropertyConstraintViolation" => OcppErrorCode.PropertyConstraintViolation,
        "OccurrenceConstraintViolation" or "OccurenceConstraintViolation" => OcppErrorCode.OccurrenceConstraintViolation,
        "TypeConstraintViolation" => OcppErrorCode.TypeConstraintViolation,
        "MessageTypeNotSupported" => OcppErrorCode.MessageTypeNotSupported,
        "RpcFrameworkError" => OcppErrorCode.RpcFrameworkError,
        _ => OcppErrorCode.GenericError,
    };

    /// <summary>
    /// The code that answers a defective frame, or null when the frame must be ignored without an answer.
    /// </summary>
    /// <remarks>
    /// 1.6 (OCPP-J 1.6 §4.1.3) and 2.1 (Part 4 §4.4) say a frame with an unknown MessageTypeId is ignored;
    /// only 2.0.1 (Part 4 §4.4) answers it with MessageTypeNotSupported.
    /// </remarks>
    public OcppErrorCode? ForFrame(OcppFrameDefect defect) => defect switch
    {
        OcppFrameDefect.InvalidJson => Is16 ? OcppErrorCode.FormatViolation : OcppErrorCode.RpcFrameworkError,
        OcppFrameDefect.NotAnArray or OcppFrameDefect.WrongElementCount or OcppFrameDefect.WrongElementType
            => Is16 ? OcppErrorCode.ProtocolError : OcppErrorCode.RpcFrameworkError,
        OcppFrameDefect.UnknownMessageType => Version == OcppVersion.V201 ? OcppErrorCode.MessageTypeNotSupported : null,
        OcppFrameDefect.MessageIdTooLong or OcppFrameDefect.MessageIdEmpty
            => Is16 ? OcppErrorCode.FormatViolation : OcppErrorCode.RpcFrameworkError,
        OcppFrameDefect.DuplicateMessageId => OcppErrorCode.ProtocolError,
        _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, null),
    };

    /// <summary>The code that answers a payload that broke its schema.</summary>
    public OcppErrorCode ForValidation(OcppValidationErrorKind kind) => kind switch
    {
        OcppValidationErrorKind.MissingRequired or OcppValidationErrorKind.TooFewItems or OcppValidationErrorKind.TooManyItems
            => OcppErrorCode.OccurrenceConstraintViolation,
        OcppValidationErrorKind.WrongType => OcppErrorCode.TypeConstraintViolation,
        OcppValidationErrorKind.NotInEnum or OcppValidationErrorKind.StringTooLong
            or OcppValidationErrorKind.NumberOutOfRange or OcppValidationErrorKind.InvalidFormat
            => OcppErrorCode.PropertyConstraintViolation,
        OcppValidationErrorKind.UnknownProperty or OcppValidationErrorKind.DuplicateProperty => OcppErrorCode.FormatViolation,
        // 1.6 defines FormationViolation as "not conform the PDU structure"; 2.x moved that meaning to ProtocolError.
        OcppValidationErrorKind.PayloadNotObject => Is16 ? OcppErrorCode.FormatViolation : OcppErrorCode.ProtocolError,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
