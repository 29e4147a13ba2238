using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace SharpCharge.Csms.Api;

/// <summary>
/// Turns request-binding failures into problem details that say what to fix: a body that is not JSON, a JSON value of
/// the wrong type (naming the field), a missing body, a query value that is not a number. Route handlers are set to
/// throw on bad requests (<c>RouteHandlerOptions.ThrowOnBadRequest</c>) so that they all arrive here; anything else
/// is left to the default handler (a 500 problem without internals).
/// </summary>
internal sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        IResult result = Describe(bad);
        await result.ExecuteAsync(httpContext);
        return true;
    }

    internal static IResult Describe(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return TypedResults.Problem(
                detail: "Send the body as JSON with Content-Type: application/json.",
                statusCode: bad.StatusCode,
                title: "Unsupported media type",
                type: ApiProblems.TypePrefix + "unsupported-media-type");
        }

        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            return json.Message.Contains("could not be converted", StringComparison.Ordinal) && field is not null
                ? ApiProblems.Invalid(field, "Has the wrong JSON type for this field.")
                : ApiProblems.MalformedJson(
                    "The request body is not valid JSON" + (json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : string.Empty) + ".");
        }

        if (bad.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) && ParameterOf(bad.Message) is { } parameter)
        {
            return ApiProblems.Invalid(parameter, "Has the wrong format for this parameter.");
        }

        if (bad.Message.Contains("body was provided", StringComparison.Ordinal))
        {
            return ApiProblems.MalformedJson("A JSON request body is required.");
        }

        return TypedResults.Problem(detail: bad.Message, statusCode: bad.StatusCode, title: "Bad request", type: ApiProblems.TypePrefix + "bad-request");
    }

    // "$.tariff.price_per_kwh" -> "tariff.price_per_kwh"; the root ("$") names no field.
    private static string? FieldOf(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;

    // 'Failed to bind parameter "int? pageSize" from "abc".' -> "page_size", the query name.
    private static string? ParameterOf(string message)
    {
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        if (end < 0)
        {
            return null;
        }

        var declaration = message[(start + 1)..end];
        return JsonNamingPolicy.SnakeCaseLower.ConvertName(declaration[(declaration.LastIndexOf(' ') + 1)..]);
    }
}
