using SharpCharge.Ocpp;

namespace SharpCharge.Simulator.Fleet;

/// <summary>One kind of station in a fleet file, played <see cref="Count"/> times.</summary>
internal sealed record StationTemplate
{
    public required string Name { get; init; }

    public string Vendor { get; init; } = "SharpCharge";

    public string Model { get; init; } = "SC-Sim";

    public int Count { get; init; } = 1;

    /// <summary>A .NET composite format with the station's number (1-based) as argument 0, e.g. <c>ACME-{0:0000}</c>.</summary>
    public required string IdPattern { get; init; }

    /// <summary>Null: the version given on the command line.</summary>
    public OcppVersion? Version { get; init; }

    public int Evses { get; init; } = 1;

    public int ConnectorsPerEvse { get; init; } = 1;

    public decimal MaxPowerKw { get; init; } = 22m;

    /// <summary>True for a DC charger: the vehicles then charge at their DC limit.</summary>
    public bool Dc { get; init; }

    public int Phases { get; init; } = 3;

    public decimal VoltageV { get; init; } = 230m;

    public TimeSpan MeterInterval { get; init; } = TimeSpan.FromSeconds(60);

    public StationLocation? Location { get; init; }
}
