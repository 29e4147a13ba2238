namespace SharpCharge.Csms.Domain.Commands;

/// <summary>One period of a charging schedule: from <see cref="StartSeconds"/> after the schedule starts, at most <see cref="Limit"/>.</summary>
internal sealed record ChargingPeriod(int StartSeconds, decimal Limit)
{
    public int? NumberPhases { get; init; }
}
