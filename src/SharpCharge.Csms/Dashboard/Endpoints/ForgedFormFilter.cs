using Microsoft.AspNetCore.Antiforgery;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>
/// Answers 400 to a dashboard form whose antiforgery token is missing or wrong (CSRF), before the handler reads the
/// form. Without it, reading such a form throws and the answer would be a 500.
/// </summary>
internal static class ForgedFormFilter
{
    public static async ValueTask<object?> RefuseAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return TypedResults.Problem(
                detail: "The form's antiforgery token is missing or invalid: reload the page and send the form again.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid form",
                type: Api.ApiProblems.TypePrefix + "invalid-form");
        }

        return await next(context);
    }
}
