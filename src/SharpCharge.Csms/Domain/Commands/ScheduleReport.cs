namespace SharpCharge.Csms.Domain.Commands;

/// <summary>A composite schedule: from <see cref="Start"/>, the periods the EVSE will follow (limits in W, or A when <see cref="RateUnitAmps"/>).</summary>
internal sealed record ScheduleReport(int EvseId, DateTimeOffset? Start, int? DurationSeconds, bool RateUnitAmps, IReadOnlyList<ChargingPeriod> Periods);
