using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>The peer answered with a CALLRESULT whose payload breaks the response schema.</summary>
public sealed class OcppInvalidResponseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OcppInvalidResponseException(string action, OcppValidationError error)
        : base($"The {action} response is invalid: {error.Message}")
    {
        Action = action;
        Error = error;
    }

    /// <summary>The action of the CALL.</summary>
    public string Action { get; }

    /// <summary>The first constraint the response broke.</summary>
    public OcppValidationError Error { get; }
}
