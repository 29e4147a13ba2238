namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>How often a Recurring profile restarts.</summary>
public enum RecurrencyKind
{
    Daily,
    Weekly,
}
