using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>A payload we were about to send breaks its schema; nothing was sent.</summary>
public sealed class OcppValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public OcppValidationException(string action, OcppValidationError error)
        : base($"The {action} payload is invalid: {error.Message}")
    {
        Action = action;
        Error = error;
    }

    /// <summary>The action of the payload.</summary>
    public string Action { get; }

    /// <summary>The first constraint the payload broke.</summary>
    public OcppValidationError Error { get; }
}
