using System.Text.Json;
using SharpCharge.Ocpp.Serialization;

namespace SharpCharge.Ocpp.Tests.Messages;

/// <summary>
/// Compares two JSON documents by meaning: member order does not matter, numbers compare as decimals
/// (10.0 equals 10), and date-times compare as instants (the converter writes them in UTC).
/// </summary>
internal static class JsonEquivalence
{
    public static void AssertEquivalent(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        var difference = Difference(expectedDocument.RootElement, actualDocument.RootElement, "$");
        Assert.True(difference is null, $"{difference}\nexpected: {expected}\nactual:   {actual}");
    }

    private static string? Difference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: {expected.ValueKind} became {actual.ValueKind}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedNames = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                var actualNames = actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                if (!expectedNames.SequenceEqual(actualNames))
                {
                    return $"{path}: members [{string.Join(", ", expectedNames)}] became [{string.Join(", ", actualNames)}]";
                }

                return expectedNames.Select(name => Difference(expected.GetProperty(name), actual.GetProperty(name), $"{path}.{name}"))
                    .FirstOrDefault(d => d is not null);

            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path}: {expected.GetArrayLength()} items became {actual.GetArrayLength()}";
                }

                return expected.EnumerateArray().Zip(actual.EnumerateArray())
                    .Select((pair, i) => Difference(pair.First, pair.Second, $"{path}[{i}]"))
                    .FirstOrDefault(d => d is not null);

            case JsonValueKind.Number:
                return expected.GetDecimal() == actual.GetDecimal() ? null : $"{path}: {expected} became {actual}";

            case JsonValueKind.String:
                var expectedText = expected.GetString()!;
                var actualText = actual.GetString()!;
                if (expectedText == actualText)
                {
                    return null;
                }

                return Rfc3339DateTime.TryParse(System.Text.Encoding.UTF8.GetBytes(expectedText), out var expectedTime)
                    && Rfc3339DateTime.TryParse(System.Text.Encoding.UTF8.GetBytes(actualText), out var actualTime)
                    && expectedTime.UtcDateTime == actualTime.UtcDateTime
                    ? null
                    : $"{path}: \"{expectedText}\" became \"{actualText}\"";

            default:
                return null;
        }
    }
}
