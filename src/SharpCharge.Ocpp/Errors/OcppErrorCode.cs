namespace SharpCharge.Ocpp.Errors;

/// <summary>
/// The RPC error codes of all versions, under their 2.x names. <see cref="OcppErrorCatalogue"/> spells each
/// for the wire: 1.6 keeps the typos the OCA decided not to fix (OCPP-J 1.6 errata §5.1, §5.2).
/// </summary>
public enum OcppErrorCode
{
    /// <summary>The action is not known to the receiver.</summary>
    NotImplemented,

    /// <summary>The action is known but not supported by the receiver.</summary>
    NotSupported,

    /// <summary>The receiver failed while processing the action.</summary>
    InternalError,

    /// <summary>1.6: payload incomplete. 2.x: payload does not conform to the PDU structure.</summary>
    ProtocolError,

    /// <summary>A security issue stopped processing (also: the station is not accepted yet).</summary>
    SecurityError,

    /// <summary>Payload syntactically incorrect. 1.6 spells it FormationViolation.</summary>
    FormatViolation,

    /// <summary>A field holds an invalid value.</summary>
    PropertyConstraintViolation,

    /// <summary>A field violates its cardinality. 1.6 spells it OccurenceConstraintViolation.</summary>
    OccurrenceConstraintViolation,

    /// <summary>A field has the wrong data type.</summary>
    TypeConstraintViolation,

    /// <summary>Anything else; also what an unknown code from a peer is read as.</summary>
    GenericError,

    /// <summary>2.x only: the MessageTypeId is not supported.</summary>
    MessageTypeNotSupported,

    /// <summary>2.x only: the frame is not a valid RPC message (e.g. the message id cannot be read).</summary>
    RpcFrameworkError,
}
