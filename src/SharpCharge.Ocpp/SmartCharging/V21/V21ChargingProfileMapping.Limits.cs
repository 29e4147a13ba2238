namespace SharpCharge.Ocpp.SmartCharging.V21;

public static partial class V21ChargingProfileMapping
{
    // 2.1 periods may carry no limit (a setpoint only); 2.0.1 requires one (V201/V201ChargingProfileMapping.Limits.V201Only.cs).
    private static decimal? WireLimit(decimal? limit) => limit;
}
