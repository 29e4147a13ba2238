namespace SharpCharge.Csms.Domain.Stations;

/// <summary>Persistence of stations and their tariffs.</summary>
internal interface IStationStore
{
    Task UpsertAsync(Station station, DateTimeOffset now, CancellationToken cancellationToken);

    Task<Station?> GetAsync(string stationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Station>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the station; its chargers stay and belong to no station. False if unknown.</summary>
    Task<bool> DeleteAsync(string stationId, CancellationToken cancellationToken);
}
