using System.Globalization;

namespace SharpCharge.Simulator.Fleet;

/// <summary>Durations as people write them in files and on the command line: <c>90</c> (seconds), <c>90s</c>, <c>15m</c>, <c>2h</c>, <c>1d</c>, or <c>00:15:00</c>.</summary>
internal static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var unit = text[^1];
        var (number, scale) = char.IsAsciiLetter(unit)
            ? (text[..^1], unit switch { 's' => 1d, 'm' => 60d, 'h' => 3600d, 'd' => 86400d, _ => -1d })
            : (text, 1d);
        if (scale > 0 && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0 && amount * scale < TimeSpan.MaxValue.TotalSeconds)
        {
            value = TimeSpan.FromSeconds(amount * scale);
            return true;
        }

        return text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
    }

    public static string Format(TimeSpan value)
        => value.TotalSeconds < 60 ? $"{Math.Round(value.TotalSeconds, 1).ToString(CultureInfo.InvariantCulture)}s"
            : value.TotalMinutes < 60 ? $"{Math.Round(value.TotalMinutes, 1).ToString(CultureInfo.InvariantCulture)}m"
            : $"{Math.Round(value.TotalHours, 2).ToString(CultureInfo.InvariantCulture)}h";
}
