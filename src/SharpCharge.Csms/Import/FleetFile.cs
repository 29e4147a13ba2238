namespace SharpCharge.Csms.Import;

/// <summary>The stations, chargers and id tokens of a fleet file, every field checked.</summary>
internal sealed record FleetFile(IReadOnlyList<StationEntry> Stations, IReadOnlyList<ChargerEntry> Chargers, IReadOnlyList<TokenEntry> Tokens)
{
    public int Count => Stations.Count + Chargers.Count + Tokens.Count;
}
