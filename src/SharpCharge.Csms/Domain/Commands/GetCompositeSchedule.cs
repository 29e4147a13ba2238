namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Ask for the schedule an EVSE (0 = the grid connection) will follow for the next <see cref="DurationSeconds"/>.</summary>
internal sealed record GetCompositeSchedule(int EvseId, int DurationSeconds, bool? RateUnitAmps) : ChargerCommand
{
    public override string Name => "GetCompositeSchedule";
}
