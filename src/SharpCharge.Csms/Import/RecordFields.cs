using System.Globalization;

namespace SharpCharge.Csms.Import;

/// <summary>
/// Typed access to one record's fields. A bad value is noted as a problem naming the file, line and field
/// ("jeju.json line 17: stations[0].latitude must be between -90 and 90 (found 123)") and read as unset, so one
/// pass reports every problem of a file.
/// </summary>
internal sealed class RecordFields(string fileName, RawRecord record, List<string> problems)
{
    public RawRecord Record => record;

    public void Problem(string field, string message)
    {
        var raw = record.Fields.GetValueOrDefault(field);
        var path = raw?.Path ?? Prefixed(field);
        problems.Add($"{fileName} line {raw?.Line ?? record.Line}: {path} {message}");
    }

    /// <summary>Notes every field not among <paramref name="known"/>: a typo must not silently fall back to a default.</summary>
    public void RefuseUnknown(IReadOnlyCollection<string> known)
    {
        foreach (var field in record.Fields.Values.Where(f => !known.Contains(f.Name)))
        {
            problems.Add($"{fileName} line {field.Line}: {field.Path} is not a {record.Kind.ToString().ToLowerInvariant()} field (known: {string.Join(", ", known)}).");
        }
    }

    public string? Text(string field, int maxLength)
    {
        if (!record.Fields.TryGetValue(field, out var raw))
        {
            return null;
        }

        var text = raw.Text.Trim();
        if (text.Length > maxLength)
        {
            Problem(field, $"has at most {maxLength} characters (found {text.Length}).");
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    public string? Required(string field, int maxLength)
    {
        var text = Text(field, maxLength);
        if (text is null && !record.Fields.ContainsKey(field))
        {
            problems.Add($"{fileName} line {record.Line}: {Prefixed(field)} is required.");
        }

        return text;
    }

    public double? Number(string field, double min, double max)
    {
        if (!record.Fields.TryGetValue(field, out var raw))
        {
            return null;
        }

        if (!double.TryParse(raw.Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Problem(field, $"must be a number (found '{raw.Text}').");
            return null;
        }

        if (value < min || value > max)
        {
            Problem(field, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)} (found {raw.Text.Trim()}).");
            return null;
        }

        return value;
    }

    public decimal? Money(string field)
    {
        if (!record.Fields.TryGetValue(field, out var raw))
        {
            return null;
        }

        if (!decimal.TryParse(raw.Text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            Problem(field, $"must be a number of 0 or more (found '{raw.Text}').");
            return null;
        }

        return value;
    }

    public int? Whole(string field, int min, int max)
    {
        if (!record.Fields.TryGetValue(field, out var raw))
        {
            return null;
        }

        if (!int.TryParse(raw.Text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Problem(field, $"must be a whole number from {min} to {max} (found '{raw.Text}').");
            return null;
        }

        return value;
    }

    public bool? Flag(string field)
    {
        if (!record.Fields.TryGetValue(field, out var raw))
        {
            return null;
        }

        switch (raw.Text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "1":
                return true;
            case "false" or "no" or "0":
                return false;
            default:
                Problem(field, $"must be true or false (found '{raw.Text}').");
                return null;
        }
    }

    public TEnum? Choice<TEnum>(string field)
        where TEnum : struct, Enum
    {
        if (!record.Fields.TryGetValue(field, out var raw))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(value.ToString(), raw.Text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Problem(field, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())} (found '{raw.Text}').");
        return null;
    }

    public DateTimeOffset? Instant(string field)
    {
        if (!record.Fields.TryGetValue(field, out var raw))
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(raw.Text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            Problem(field, $"must be a date and time such as 2027-12-31T23:59:59Z (found '{raw.Text}').");
            return null;
        }

        return value.ToUniversalTime();
    }

    private string Prefixed(string field) => record.Path.EndsWith(" row", StringComparison.Ordinal) ? field : $"{record.Path}.{field}";
}
