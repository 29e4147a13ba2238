namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Send a local authorization list, whole (<see cref="Differential"/> false) or as changes.</summary>
internal sealed record SendLocalList(int Version, bool Differential, IReadOnlyList<LocalListEntry> Entries) : ChargerCommand
{
    public override string Name => "SendLocalList";
}
