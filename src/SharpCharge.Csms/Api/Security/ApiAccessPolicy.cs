using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Hosting;

namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// The API key rules, digested once at start: whether a key is needed at all (any non-loopback listen address, or
/// <c>Api:RequireKey=true</c>) and the configured keys' digests. Checking a key hashes it with each key's salt and compares every
/// digest in constant time, so the answer's timing says nothing about which key came close.
/// </summary>
internal sealed class ApiAccessPolicy
{
    private readonly (string Name, byte[] Salt, byte[] Digest, bool ReadOnly)[] _keys;

    public ApiAccessPolicy(IOptions<ApiOptions> api, IOptions<HttpOptions> http)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(http);
        var options = api.Value;
        RequireKey = options.RequireKey ?? !IsLoopback(http.Value.ListenAddress);
        _keys = [.. options.Keys.Select(k =>
        {
            // The validator has checked every hash at start.
            var (salt, digest) = ApiKeyHasher.ParseHash(k.Hash)!.Value;
            return (k.Name, salt, digest, k.ReadOnly);
        })];
    }

    public bool RequireKey { get; }

    public bool HasKeys => _keys.Length > 0;

    public static bool IsLoopback(string? address) =>
        IPAddress.TryParse(address, out var ip) && IPAddress.IsLoopback(ip);

    /// <summary>The key's name and whether it is read-only, or null for a key that matches none.</summary>
    public (string Name, bool ReadOnly)? Find(string key)
    {
        (string, bool)? found = null;
        foreach (var (name, salt, expected, readOnly) in _keys)
        {
            // No early exit: every key is hashed with its salt and compared whatever matched before.
            var digest = ApiKeyHasher.Digest(salt, key);
            if (CryptographicOperations.FixedTimeEquals(digest, expected) && found is null)
            {
                found = (name, readOnly);
            }
        }

        return found;
    }
}
