using Microsoft.AspNetCore.Http;

namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// Guards every <c>/api</c> route: the <c>X-API-Key</c> header when the policy needs one (401 without a valid key),
/// and read-only keys limited to GET and HEAD (403). A key sent when none is needed is still checked, so a client
/// learns about a wrong key before it moves to a public address.
/// </summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    public const string HeaderName = "X-API-Key";

    private readonly ApiAccessPolicy _policy;

    public ApiKeyFilter(ApiAccessPolicy policy) => _policy = policy;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var key = request.Headers[HeaderName].ToString();
        if (key.Length == 0)
        {
            if (!_policy.RequireKey)
            {
                return next(context);
            }

            return ValueTask.FromResult<object?>(_policy.HasKeys
                ? ApiProblems.MissingApiKey()
                : ApiProblems.NoApiKeysConfigured());
        }

        if (_policy.Find(key) is not { } found)
        {
            return ValueTask.FromResult<object?>(ApiProblems.WrongApiKey());
        }

        if (found.ReadOnly && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return ValueTask.FromResult<object?>(ApiProblems.ReadOnlyApiKey(request.Method));
        }

        return next(context);
    }
}
