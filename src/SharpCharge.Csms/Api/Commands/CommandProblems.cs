using Microsoft.AspNetCore.Http.HttpResults;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>The problem details only command routes answer with, beside those of <see cref="ApiProblems"/>.</summary>
internal static class CommandProblems
{
    /// <summary>422: the charger's OCPP version has no message for this command; the detail says which version has.</summary>
    public static ProblemHttpResult NotSupported(string chargerId, string? detail) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "command-not-supported", "Not available for this charger's OCPP version", $"Charger '{chargerId}': {detail}");

    /// <summary>502: the charger answered with a payload that breaks the OCPP schema.</summary>
    public static ProblemHttpResult InvalidResponse(string chargerId, string? detail) =>
        Problem(StatusCodes.Status502BadGateway, "charger-invalid-response", "Charger answered with an invalid message", $"Charger '{chargerId}': {detail}");

    /// <summary>503: too many commands are queued for the charger already.</summary>
    public static ProblemHttpResult Busy(string chargerId, string? detail) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "charger-busy", "Charger busy", $"Charger '{chargerId}': {detail}");

    public static ProblemHttpResult UnknownTransaction(string? detail) =>
        Problem(StatusCodes.Status404NotFound, "unknown-transaction", "Unknown transaction", detail ?? "No such transaction.");

    private static ProblemHttpResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: ApiProblems.TypePrefix + type);
}
