namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>The unit of a schedule's limits: total power in W, or current per phase in A (1.6 §7.12, K01.FR.50/51).</summary>
public enum ChargingRateUnit
{
    W,
    A,
}
