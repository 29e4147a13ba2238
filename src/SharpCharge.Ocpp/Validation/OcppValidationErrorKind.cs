namespace SharpCharge.Ocpp.Validation;

/// <summary>
/// What a payload broke. Each kind maps to one RPC error code of the version in use
/// (see <see cref="Errors.OcppErrorCatalogue.ForValidation"/>).
/// </summary>
public enum OcppValidationErrorKind
{
    /// <summary>A required property is absent. OccurrenceConstraintViolation.</summary>
    MissingRequired,

    /// <summary>An array has fewer items than minItems. OccurrenceConstraintViolation.</summary>
    TooFewItems,

    /// <summary>An array has more items than maxItems. OccurrenceConstraintViolation.</summary>
    TooManyItems,

    /// <summary>A value has the wrong JSON type (string where a number belongs, fraction for an integer). TypeConstraintViolation.</summary>
    WrongType,

    /// <summary>A string is not one of the enumeration's values. PropertyConstraintViolation.</summary>
    NotInEnum,

    /// <summary>A string is longer than maxLength (counted in characters, as JSON Schema does). PropertyConstraintViolation.</summary>
    StringTooLong,

    /// <summary>A number is below minimum, above maximum, not a multiple of multipleOf, or does not fit the C# type. PropertyConstraintViolation.</summary>
    NumberOutOfRange,

    /// <summary>A string does not match its format (date-time, uri). PropertyConstraintViolation.</summary>
    InvalidFormat,

    /// <summary>A property the schema does not define, where additionalProperties is false. FormatViolation (1.6: FormationViolation).</summary>
    UnknownProperty,

    /// <summary>The same property appears twice in one object. FormatViolation (1.6: FormationViolation).</summary>
    DuplicateProperty,

    /// <summary>The payload is not a JSON object at all. ProtocolError (2.x) / FormationViolation (1.6): it does not conform to the PDU structure.</summary>
    PayloadNotObject,
}
