namespace SharpCharge.Simulator.Ev;

/// <summary>
/// One vehicle as it arrives: battery size, state of charge on arrival and the driver's target, the most it
/// can take (AC on board charger, or DC when the EVSE is a DC charger), and how long it stays plugged in after
/// reaching its target.
/// </summary>
internal sealed record EvProfile(decimal CapacityKWh, decimal StartSocPercent, decimal TargetSocPercent, decimal MaxPowerW, TimeSpan Dwell)
{
    /// <summary>The energy the battery still needs to reach its target, in Wh (before charging losses).</summary>
    public decimal NeededBatteryWh => (TargetSocPercent - StartSocPercent) / 100m * CapacityKWh * 1000m;
}
