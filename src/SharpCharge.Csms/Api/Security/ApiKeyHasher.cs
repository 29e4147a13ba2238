using System.Security.Cryptography;
using System.Text;

namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// API keys are 256-bit random values, so one salted SHA-256 over the key stores them safely (a slow hash such as
/// PBKDF2 protects guessable passwords; it would only slow every API request down here). The stored form is
/// <c>sha256:</c>, a 16-byte random salt in hex, <c>:</c>, and SHA-256(salt ‖ UTF-8 key) in hex: two installations
/// holding the same key store different hashes. The older unsalted form, <c>sha256:</c> and 64 hex digits, is still
/// accepted.
/// </summary>
internal static class ApiKeyHasher
{
    public const string Prefix = "sha256:";
    private const int KeyBytes = 32;
    private const int SaltBytes = 16;

    /// <summary>A new key: 32 random bytes, base64url without padding (43 characters).</summary>
    public static string NewKey()
    {
        Span<byte> bytes = stackalloc byte[KeyBytes];
        RandomNumberGenerator.Fill(bytes);
        var key = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        CryptographicOperations.ZeroMemory(bytes);
        return key;
    }

    /// <summary>The salted hash to configure for <paramref name="key"/>; a new salt every call.</summary>
    public static string Hash(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return $"{Prefix}{Convert.ToHexStringLower(salt)}:{Convert.ToHexStringLower(Digest(salt, key))}";
    }

    /// <summary>The salt (empty for the unsalted form) and digest of a stored hash, or null when it is malformed.</summary>
    public static (byte[] Salt, byte[] Digest)? ParseHash(string stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var body = stored.AsSpan(Prefix.Length);
        var colon = body.IndexOf(':');
        var saltHex = colon < 0 ? [] : body[..colon];
        var digestHex = colon < 0 ? body : body[(colon + 1)..];
        if (digestHex.Length != 64 || (colon >= 0 && saltHex.Length != SaltBytes * 2))
        {
            return null;
        }

        try
        {
            return (Convert.FromHexString(saltHex), Convert.FromHexString(digestHex));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static byte[] Digest(ReadOnlySpan<byte> salt, string key)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var input = new byte[salt.Length + keyBytes.Length];
        salt.CopyTo(input);
        keyBytes.CopyTo(input, salt.Length);
        var digest = SHA256.HashData(input);
        CryptographicOperations.ZeroMemory(input);
        CryptographicOperations.ZeroMemory(keyBytes);
        return digest;
    }
}
