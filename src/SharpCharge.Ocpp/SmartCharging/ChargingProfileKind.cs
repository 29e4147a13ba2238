namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>How a schedule's periods are placed in time (1.6 §7.9, 2.0.1 K §3.3, 2.1 K §3.3).</summary>
public enum ChargingProfileKind
{
    /// <summary>Periods count from the schedule's startSchedule.</summary>
    Absolute,

    /// <summary>Periods count from startSchedule and restart every day or week.</summary>
    Recurring,

    /// <summary>Periods count from the start of the transaction (or from now when there is none).</summary>
    Relative,

    /// <summary>2.1: a single period whose values are updated while it runs; its first period always applies.</summary>
    Dynamic,
}
