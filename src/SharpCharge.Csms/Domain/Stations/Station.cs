namespace SharpCharge.Csms.Domain.Stations;

/// <summary>A site that groups chargers, with its location, grid capacity and tariff. The id is chosen by the operator.</summary>
internal sealed record Station(string Id, string Name)
{
    public string? Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public double? CapacityKw { get; init; }

    /// <summary>A lower limit for part of every day, applied by site load management together with <see cref="CapacityKw"/>.</summary>
    public TimeOfDayLimit? PeakLimit { get; init; }

    /// <summary>Null: sessions at this station are not priced.</summary>
    public Tariff? Tariff { get; init; }
}
