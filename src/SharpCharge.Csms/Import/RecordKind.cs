namespace SharpCharge.Csms.Import;

/// <summary>What a record in a fleet file describes. Stations are imported first, then chargers, then tokens.</summary>
internal enum RecordKind
{
    Station,
    Charger,
    Token,
}
