namespace SharpCharge.Csms.Domain.Stations;

/// <inheritdoc />
internal sealed class StationService : IStationService
{
    public const int MaxStationIdLength = 64;

    private readonly IStationStore _store;
    private readonly TimeProvider _time;

    public StationService(IStationStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
    }

    public async Task<Station> SaveAsync(Station station, CancellationToken cancellationToken)
    {
        Validate(station);
        await _store.UpsertAsync(station, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return station;
    }

    public Task<Station?> GetAsync(string stationId, CancellationToken cancellationToken) =>
        _store.GetAsync(stationId, cancellationToken);

    public Task<IReadOnlyList<Station>> ListAsync(CancellationToken cancellationToken) => _store.ListAsync(cancellationToken);

    public Task<bool> DeleteAsync(string stationId, CancellationToken cancellationToken) =>
        _store.DeleteAsync(stationId, cancellationToken);

    internal static void Validate(Station station)
    {
        ArgumentNullException.ThrowIfNull(station);
        if (string.IsNullOrWhiteSpace(station.Id) || station.Id.Length > MaxStationIdLength)
        {
            throw new ArgumentException($"Station id must be 1 to {MaxStationIdLength} characters.", "Id");
        }

        if (string.IsNullOrWhiteSpace(station.Name))
        {
            throw new ArgumentException("Station name is required.", "Name");
        }

        if (station.Latitude is < -90 or > 90 || station.Latitude is double.NaN)
        {
            throw new ArgumentException("Latitude must be between -90 and 90.", "Latitude");
        }

        if (station.Longitude is < -180 or > 180 || station.Longitude is double.NaN)
        {
            throw new ArgumentException("Longitude must be between -180 and 180.", "Longitude");
        }

        if (station.CapacityKw is < 0 || station.CapacityKw is double.NaN)
        {
            throw new ArgumentException("Capacity cannot be negative.", "CapacityKw");
        }

        if (station.Tariff is { } tariff)
        {
            if (tariff.PricePerKwh < 0 || tariff.PricePerMinute < 0 || tariff.SessionFee < 0)
            {
                throw new ArgumentException("Tariff prices cannot be negative.", "Tariff");
            }

            if (tariff.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
            {
                throw new ArgumentException("Tariff currency must be an ISO 4217 code such as EUR.", "Tariff.Currency");
            }
        }
    }
}
