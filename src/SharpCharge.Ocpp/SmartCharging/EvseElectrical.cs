namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// What an EVSE can deliver and how to convert between A and W for it: W = A × <see cref="NominalVoltage"/> ×
/// phases (K01.FR.50). The nominal voltage is the area's set voltage (230 or 110 V), not a measurement.
/// </summary>
public sealed record EvseElectrical
{
    /// <summary>The EVSE's rating in W: a local limit the composite never exceeds.</summary>
    public required decimal MaxPowerW { get; init; }

    /// <summary>An optional rating per phase in A, also a local limit.</summary>
    public decimal? MaxCurrentA { get; init; }

    public decimal NominalVoltage { get; init; } = 230m;

    /// <summary>Phases the EVSE can use (1 to 3); a period asking for more uses these (K01.FR.45).</summary>
    public int Phases { get; init; } = 3;
}
