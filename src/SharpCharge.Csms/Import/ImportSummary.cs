namespace SharpCharge.Csms.Import;

/// <summary>What an import did, per kind of record.</summary>
internal sealed record ImportSummary(ImportCounts Stations, ImportCounts Chargers, ImportCounts Tokens)
{
    public bool ChangedAnything => Stations.Created + Stations.Updated + Chargers.Created + Chargers.Updated + Tokens.Created + Tokens.Updated > 0;

    public override string ToString() => $"stations: {Stations}; chargers: {Chargers}; id tokens: {Tokens}";
}
