using System.Security.Cryptography;
using System.Text;

namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// API keys are 256-bit random values, so one SHA-256 over the key is enough to store them safely (a slow hash such
/// as PBKDF2 protects guessable passwords; it would only slow every API request down here). The stored form is
/// <c>sha256:</c> followed by 64 lower-case hex digits.
/// </summary>
internal static class ApiKeyHasher
{
    public const string Prefix = "sha256:";
    private const int KeyBytes = 32;

    /// <summary>A new key: 32 random bytes, base64url without padding (43 characters).</summary>
    public static string NewKey()
    {
        Span<byte> bytes = stackalloc byte[KeyBytes];
        RandomNumberGenerator.Fill(bytes);
        var key = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        CryptographicOperations.ZeroMemory(bytes);
        return key;
    }

    public static string Hash(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Prefix + Convert.ToHexStringLower(Digest(key));
    }

    /// <summary>The digest bytes of a stored hash, or null when it is not in the <c>sha256:hex</c> form.</summary>
    public static byte[]? ParseHash(string stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal) || stored.Length != Prefix.Length + 64)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(stored.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
