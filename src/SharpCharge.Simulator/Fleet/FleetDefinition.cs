namespace SharpCharge.Simulator.Fleet;

/// <summary>A fleet file: station templates and the RFID tokens drivers present.</summary>
internal sealed record FleetDefinition(IReadOnlyList<StationTemplate> Templates, IReadOnlyList<string> Tokens)
{
    public int StationCount => Templates.Sum(t => t.Count);
}
