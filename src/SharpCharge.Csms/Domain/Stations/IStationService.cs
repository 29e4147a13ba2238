namespace SharpCharge.Csms.Domain.Stations;

/// <summary>Operator-side management of stations and tariffs (used by the REST API, demo seeding and tests).</summary>
internal interface IStationService
{
    /// <summary>Creates or replaces a station. Throws <see cref="ArgumentException"/> naming the invalid field.</summary>
    Task<Station> SaveAsync(Station station, CancellationToken cancellationToken);

    Task<Station?> GetAsync(string stationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Station>> ListAsync(CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string stationId, CancellationToken cancellationToken);
}
