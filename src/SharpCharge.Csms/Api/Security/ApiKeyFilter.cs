using Microsoft.AspNetCore.Http;

namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// Guards every <c>/api</c> path: the <c>X-API-Key</c> header when the policy needs one (401 without a valid key),
/// and read-only keys limited to GET and HEAD (403). A key sent when none is needed is still checked, so a client
/// learns about a wrong key before it moves to a public address. It runs as middleware, before routing binds a
/// request body: an unauthenticated caller gets 401 for every route and method, and no JSON of theirs is parsed.
/// </summary>
internal sealed class ApiKeyFilter : IMiddleware
{
    public const string HeaderName = "X-API-Key";

    private readonly ApiAccessPolicy _policy;

    public ApiKeyFilter(ApiAccessPolicy policy) => _policy = policy;

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return Check(context.Request) is { } refused ? refused.ExecuteAsync(context) : next(context);
    }

    /// <summary>The problem to answer with, or null when the request may go on.</summary>
    public IResult? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Headers[HeaderName].ToString();
        if (key.Length == 0)
        {
            if (!_policy.RequireKey)
            {
                return null;
            }

            return _policy.HasKeys ? ApiProblems.MissingApiKey() : ApiProblems.NoApiKeysConfigured();
        }

        if (_policy.Find(key) is not { } found)
        {
            return ApiProblems.WrongApiKey();
        }

        if (found.ReadOnly && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return ApiProblems.ReadOnlyApiKey(request.Method);
        }

        return null;
    }
}
