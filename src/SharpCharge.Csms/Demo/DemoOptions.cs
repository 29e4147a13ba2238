using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Demo;

/// <summary>The demo mode (<c>--demo</c>), bound from the <c>Demo</c> section. Defaults are set here and repeated in each comment.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Set by <c>--demo</c> on the command line (or <c>Demo:Enabled=true</c>). Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>The fleet file imported at start (JSON or CSV, docs/import.md). Default: the Jeju fleet beside the program, <c>Demo/jeju-fleet.json</c>.</summary>
    public string? SeedFile { get; set; }

    /// <summary>
    /// How much faster than real time the demo runs: the simulated chargers and the central system share one clock,
    /// so timestamps, days and hours stay consistent. 1 is real time. Default 10.
    /// </summary>
    [Range(1.0, 1000.0)]
    public double Speed { get; set; } = 10;

    /// <summary>Share of the time each charger is occupied by a vehicle, above 0 and below 1. Default 0.5.</summary>
    [Range(0.01, 0.99)]
    public double Utilisation { get; set; } = 0.5;

    /// <summary>Seconds (simulated) between a charger's meter values. Default 60.</summary>
    [Range(5, 3600)]
    public int MeterIntervalSeconds { get; set; } = 60;

    /// <summary>Seed of the vehicles' random choices; null picks one at start. Default null.</summary>
    public int? RandomSeed { get; set; }

    public string SeedFilePath => SeedFile ?? Path.Combine(AppContext.BaseDirectory, "Demo", "jeju-fleet.json");
}
