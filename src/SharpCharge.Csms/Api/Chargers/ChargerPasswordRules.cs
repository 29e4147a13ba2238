using Microsoft.AspNetCore.Http.HttpResults;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary>
/// What a charger's HTTP Basic password may be, for the two ways the API sets one: stored directly (the operator
/// configured it at the charger) and sent to the charger over OCPP (which must also fit what the charger accepts).
/// </summary>
internal static class ChargerPasswordRules
{
    // 2.0.1 A00.FR.205 passwordString: 16-40 characters of a-z A-Z 0-9 * - _ = : + | @ . (2.1 allows up to 64);
    // 1.6 AuthorizationKey: 16-20 bytes.
    public const int MinLength = 16;

    /// <summary>The longest password stored directly: 2.1's passwordString.</summary>
    public const int MaxStoredLength = 64;

    /// <summary>The longest password sent over OCPP: 2.0.1's passwordString, so every 2.x charger takes it.</summary>
    public const int MaxSentLength = 40;

    public const string SentCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789*-_=:+|@.";

    /// <summary>A problem when the charger cannot use Basic authentication at all, else null.</summary>
    public static ValidationProblem? CheckCharger(string chargerId) =>
        chargerId.Contains(':', StringComparison.Ordinal)
            ? ApiProblems.Invalid("password", "A charger whose id contains ':' cannot use HTTP Basic authentication.")
            : null;

    /// <summary>A problem when <paramref name="password"/> cannot be stored for a charger, else null.</summary>
    public static ValidationProblem? CheckStored(string password) =>
        password.Length is < MinLength or > MaxStoredLength
            ? ApiProblems.Invalid("password", $"A charger password has {MinLength} to {MaxStoredLength} characters.")
            : null;

    /// <summary>A problem when <paramref name="password"/> cannot be sent to a charger, else null.</summary>
    public static ValidationProblem? CheckSent(string password)
    {
        if (password.Length is < MinLength or > MaxSentLength)
        {
            return ApiProblems.Invalid("password", $"A charger password has {MinLength} to {MaxSentLength} characters (OCPP 1.6: 16 to 20).");
        }

        return password.Any(c => !SentCharacters.Contains(c, StringComparison.Ordinal))
            ? ApiProblems.Invalid("password", "Use only letters, digits and * - _ = : + | @ . (OCPP 2.0.1 passwordString).")
            : null;
    }
}
