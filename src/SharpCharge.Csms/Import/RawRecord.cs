namespace SharpCharge.Csms.Import;

/// <summary>
/// A station, charger or token as read from a file, before its fields are checked: the kind, where it starts
/// (line and path, e.g. <c>chargers[2]</c> or <c>row 14</c>) and its fields by name. Empty fields are left out.
/// </summary>
internal sealed record RawRecord(RecordKind Kind, int Line, string Path, IReadOnlyDictionary<string, RawField> Fields);
