using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Import;

/// <summary>
/// A checked charger of a fleet file. The import stores its id, station, registration status, vendor, model,
/// coordinates and maximum power; the version, rating and EVSEs also describe the hardware the demo mode plays with
/// the simulator.
/// </summary>
internal sealed record ChargerEntry(string Id, int Line)
{
    public string? StationId { get; init; }

    public ChargerRegistrationStatus RegistrationStatus { get; init; } = ChargerRegistrationStatus.Accepted;

    public string? Vendor { get; init; }

    public string? Model { get; init; }

    /// <summary>"1.6", "2.0.1" or "2.1". Default "1.6".</summary>
    public string OcppVersion { get; init; } = "1.6";

    /// <summary>What each EVSE offers, kW. Default 22.</summary>
    public decimal MaxPowerKw { get; init; } = 22m;

    /// <summary>True for a DC charger. Default false.</summary>
    public bool Dc { get; init; }

    /// <summary>EVSEs (one connector each). Default 1.</summary>
    public int Evses { get; init; } = 1;

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>
    /// The charger's maximum power as stored, all EVSEs together (<see cref="MaxPowerKw"/> × <see cref="Evses"/>), in
    /// kW; null when the file does not give <c>maxPowerKw</c>, so the stored value stays.
    /// </summary>
    public double? ChargerMaxPowerKw { get; init; }
}
