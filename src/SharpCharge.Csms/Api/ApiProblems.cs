using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SharpCharge.Csms.Api;

/// <summary>
/// The RFC 9457 problem details every route answers with. Each kind has a stable <c>type</c> (a URN clients can
/// match on), a fixed title and a detail that says what to fix. Validation failures use the ValidationProblemDetails
/// shape: <c>errors: {"field": ["message"]}</c> with the field in its snake_case JSON spelling.
/// </summary>
internal static class ApiProblems
{
    public const string TypePrefix = "urn:sharpcharge:problem:";

    public static ProblemHttpResult UnknownCharger(string chargerId) =>
        Problem(StatusCodes.Status404NotFound, "unknown-charger", "Unknown charger", $"No charger '{chargerId}' is registered.");

    public static ProblemHttpResult NotFound(string what, string id) =>
        Problem(StatusCodes.Status404NotFound, "not-found", $"Unknown {what}", $"No {what} '{id}' exists.");

    public static ProblemHttpResult Conflict(string detail) =>
        Problem(StatusCodes.Status409Conflict, "conflict", "Conflict", detail);

    /// <summary>409: the charger has no open connection to this central system.</summary>
    public static ProblemHttpResult ChargerOffline(string chargerId) =>
        Problem(StatusCodes.Status409Conflict, "charger-offline", "Charger offline", $"Charger '{chargerId}' is not connected, so it cannot be asked anything now.");

    /// <summary>504: the charger did not answer within <c>Ocpp:CallTimeout</c>.</summary>
    public static ProblemHttpResult ChargerTimeout(string chargerId) =>
        Problem(StatusCodes.Status504GatewayTimeout, "charger-timeout", "Charger did not answer", $"Charger '{chargerId}' did not answer in time.");

    /// <summary>502: the charger answered with a CALLERROR; its OCPP error code is the <c>ocpp_error_code</c> member.</summary>
    public static ProblemHttpResult ChargerError(string chargerId, string errorCode, string? description)
    {
        var extensions = new Dictionary<string, object?> { ["ocpp_error_code"] = errorCode };
        return TypedResults.Problem(
            detail: $"Charger '{chargerId}' answered {errorCode}" + (string.IsNullOrEmpty(description) ? "." : $": {description}"),
            statusCode: StatusCodes.Status502BadGateway,
            title: "Charger answered with an error",
            type: TypePrefix + "charger-error",
            extensions: extensions);
    }

    /// <summary>400 naming one field (snake_case, as in the request body or query).</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            detail: "The request has invalid fields: " + string.Join(", ", errors.Keys) + ".",
            title: "Invalid request",
            type: TypePrefix + "invalid-request");

    public static ProblemHttpResult MalformedJson(string detail) =>
        Problem(StatusCodes.Status400BadRequest, "malformed-json", "Malformed JSON", detail);

    public static ProblemHttpResult MissingApiKey() =>
        Problem(StatusCodes.Status401Unauthorized, "api-key-required", "API key required", "Send an API key in the X-API-Key header.");

    public static ProblemHttpResult NoApiKeysConfigured() =>
        Problem(
            StatusCodes.Status401Unauthorized,
            "api-key-required",
            "API key required",
            "This API listens on a non-loopback address and needs an X-API-Key, but no key is configured: create one with " +
            "`dotnet run --project src/SharpCharge.Csms -- hash-api-key` and set Api:Keys:0:Name and Api:Keys:0:Hash, or set Http:ListenAddress=127.0.0.1.");

    public static ProblemHttpResult WrongApiKey() =>
        Problem(StatusCodes.Status401Unauthorized, "api-key-invalid", "Invalid API key", "The X-API-Key header matches no configured key.");

    public static ProblemHttpResult ReadOnlyApiKey(string method) =>
        Problem(StatusCodes.Status403Forbidden, "api-key-read-only", "Read-only API key", $"This API key may only read (GET); {method} needs a key without ReadOnly.");

    private static ProblemHttpResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypePrefix + type);
}
