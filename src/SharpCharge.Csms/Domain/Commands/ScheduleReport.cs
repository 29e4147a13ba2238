using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>A composite schedule as the charger reported it: from <see cref="Start"/>, the periods the EVSE will follow in <see cref="Unit"/>.</summary>
internal sealed record ScheduleReport(int EvseId, DateTimeOffset? Start, int? DurationSeconds, ChargingRateUnit Unit, IReadOnlyList<ChargingSchedulePeriod> Periods);
