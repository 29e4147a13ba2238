namespace SharpCharge.Csms.Import;

/// <summary>
/// One field as a fleet file spelled it: its text (a JSON number or boolean as written), the line it stands on and
/// the path an error names (<c>stations[3].tariff.pricePerKwh</c> in JSON, the column name in CSV).
/// </summary>
internal sealed record RawField(string Name, string Text, int Line, string Path);
