namespace SharpCharge.Csms.Domain.Commands;

/// <summary>1.6 GetConfiguration: the given keys, or every key when none is given.</summary>
internal sealed record GetConfiguration(IReadOnlyList<string> Keys) : ChargerCommand
{
    public override string Name => "GetConfiguration";
}
