using System.Security.Cryptography;

namespace SharpCharge.Simulator.Conformance;

/// <summary>Random station passwords for the authentication cases.</summary>
internal static class ConformancePasswords
{
    // Letters and digits only, 20 long: valid as a 2.0.1 passwordString (16-40) and as a 1.6 AuthorizationKey (16-20 bytes).
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 20);
}
