using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SharpCharge.Csms.Api;

/// <summary>Enum values as the API spells them (snake_case), both ways, for query parameters.</summary>
internal static class ApiNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, [NotNullWhen(true)] out TEnum? value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = null;
        return false;
    }

    public static string All<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Of));

    /// <summary>"ocpp1.6" (stored at connect) and "1.6" (stored at boot) both read "1.6".</summary>
    public static string? OcppVersion(string? stored) =>
        stored is not null && stored.StartsWith("ocpp", StringComparison.OrdinalIgnoreCase) ? stored[4..] : stored;
}
