using Microsoft.Extensions.Options;
using SharpCharge.Csms.Hosting;

namespace SharpCharge.Csms.Api.Security;

/// <summary>Checks the "Api" section at start: well-formed key hashes, and no key-less API on a public address.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    private readonly IOptions<HttpOptions> _http;

    public ApiOptionsValidator(IOptions<HttpOptions> http) => _http = http;

    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add($"Api:Keys:{i}:Name is required.");
            }

            if (ApiKeyHasher.ParseHash(key.Hash) is null)
            {
                failures.Add($"Api:Keys:{i}:Hash must be 'sha256:<salt>:<hash>' (or the older 'sha256:<hash>'), as printed by `dotnet run --project src/SharpCharge.Csms -- hash-api-key`.");
            }
        }

        if (options.RequireKey == false && !ApiAccessPolicy.IsLoopback(_http.Value.ListenAddress))
        {
            failures.Add($"Api:RequireKey=false is only allowed when Http:ListenAddress is a loopback address (it is '{_http.Value.ListenAddress}').");
        }

        if (options.EventsKeepAlive < TimeSpan.FromSeconds(1) || options.EventsKeepAlive > TimeSpan.FromMinutes(10))
        {
            failures.Add("Api:EventsKeepAlive must be between 00:00:01 and 00:10:00.");
        }

        if (options.EventsBufferSize is < 1 or > 100_000)
        {
            failures.Add("Api:EventsBufferSize must be between 1 and 100000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
