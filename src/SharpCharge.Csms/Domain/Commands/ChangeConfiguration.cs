namespace SharpCharge.Csms.Domain.Commands;

/// <summary>1.6 ChangeConfiguration of one key.</summary>
internal sealed record ChangeConfiguration(string Key, string Value) : ChargerCommand
{
    public override string Name => "ChangeConfiguration";
}
