using SharpCharge.Ocpp.Errors;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>
/// A CALL answered with a CALLERROR. <c>OcppConnection.CallAsync</c>
/// throws it when the peer answers with one; a handler throws it to answer with one.
/// </summary>
public sealed class OcppCallException : Exception
{
    /// <summary>Creates the exception a handler throws to answer a CALL with a CALLERROR.</summary>
    public OcppCallException(OcppErrorCode errorCode, string description, IReadOnlyList<KeyValuePair<string, string>>? details = null)
        : this(errorCode, null, description, details, null)
    {
    }

    internal OcppCallException(OcppErrorCode errorCode, string? wireErrorCode, string description, IReadOnlyList<KeyValuePair<string, string>>? details, string? action)
        : base(action is null ? $"{errorCode}: {description}" : $"{action} failed with {wireErrorCode ?? errorCode.ToString()}: {description}")
    {
        ErrorCode = errorCode;
        WireErrorCode = wireErrorCode;
        ErrorDescription = description;
        ErrorDetails = details ?? [];
        Action = action;
    }

    /// <summary>The error code, read leniently (both spellings of the 1.6 codes; unknown codes as GenericError).</summary>
    public OcppErrorCode ErrorCode { get; }

    /// <summary>The code exactly as the peer sent it; null for an exception raised locally.</summary>
    public string? WireErrorCode { get; }

    /// <summary>The errorDescription.</summary>
    public string ErrorDescription { get; }

    /// <summary>The errorDetails members whose values are strings (others are left out).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ErrorDetails { get; }

    /// <summary>The action of the CALL that failed, when the exception comes from the peer.</summary>
    public string? Action { get; }
}
