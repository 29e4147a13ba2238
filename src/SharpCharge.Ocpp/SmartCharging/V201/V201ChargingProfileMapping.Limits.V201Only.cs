namespace SharpCharge.Ocpp.SmartCharging.V201;

public static partial class V201ChargingProfileMapping
{
    // 2.0.1 requires a limit in every period; 2.1 may leave it out (V21/V21ChargingProfileMapping.Limits.cs). Only
    // a 2.1 profile lacks one, and a 2.0.1 station never holds a 2.1 profile.
    private static decimal WireLimit(decimal? limit) => limit ?? 0m;
}
