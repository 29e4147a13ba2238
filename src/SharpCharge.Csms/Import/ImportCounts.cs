namespace SharpCharge.Csms.Import;

/// <summary>What an import did to one kind of record.</summary>
internal sealed record ImportCounts(int Created, int Updated, int Unchanged)
{
    public static readonly ImportCounts None = new(0, 0, 0);

    public ImportCounts Add(ImportChange change) => change switch
    {
        ImportChange.Created => this with { Created = Created + 1 },
        ImportChange.Updated => this with { Updated = Updated + 1 },
        _ => this with { Unchanged = Unchanged + 1 },
    };

    public override string ToString() => $"{Created} created, {Updated} updated, {Unchanged} unchanged";
}
