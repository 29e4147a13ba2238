namespace SharpCharge.Station.Model;

/// <summary>
/// What an EVSE's meter shows at one instant, electrically consistent: power = voltage × current × phases, the
/// energy register the integral of power. The version adapters pick the configured measurands from it.
/// </summary>
internal readonly record struct MeterReading(decimal EnergyWh, decimal PowerW, decimal OfferedW, decimal VoltageV, int Phases, decimal FrequencyHz, decimal? StateOfChargePercent)
{
    /// <summary>Current per phase in A.</summary>
    public decimal CurrentA => decimal.Round(PowerW / (VoltageV * Phases), 2);

    /// <summary>The offered power as a current per phase in A.</summary>
    public decimal OfferedCurrentA => decimal.Round(OfferedW / (VoltageV * Phases), 1);

    /// <summary>A simple thermal model: 25 °C ambient plus up to 15 K at 22 kW.</summary>
    public decimal TemperatureC => decimal.Round(25m + (PowerW / 22_000m * 15m), 1);
}
