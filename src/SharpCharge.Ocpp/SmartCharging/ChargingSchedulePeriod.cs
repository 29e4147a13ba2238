namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// One period of a schedule: from <paramref name="StartPeriod"/> seconds after the schedule's start until the next
/// period starts (K01.FR.12). <paramref name="Limit"/> is in the schedule's unit; null (2.1, a period that only
/// carries a setpoint) limits nothing. <paramref name="NumberPhases"/> null means 3 on AC (K01.FR.49).
/// </summary>
public readonly record struct ChargingSchedulePeriod(int StartPeriod, decimal? Limit, int? NumberPhases = null, int? PhaseToUse = null);
