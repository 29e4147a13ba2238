using System.Data.Common;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// <see cref="IStationStore"/> in SQL both dialects accept. Writes go through the <see cref="GroupCommitWriter"/>: on
/// SQLite a write on a connection of its own competes with the writer for the database lock and, while chargers keep the
/// writer busy, can sleep in SQLite's busy handler for seconds. An operator's capacity change is what the site balancer
/// must act on at once, so it queues behind at most one batch instead.
/// </summary>
internal sealed class SqlStationStore : IStationStore
{
    /// <summary>Station columns, also read by the tariff lookups of other stores.</summary>
    public const string TariffColumns = "tariff_price_per_kwh, tariff_currency, tariff_price_per_minute, tariff_session_fee";

    private const string Columns = "id, name, address, latitude, longitude, capacity_kw, " + TariffColumns + ", peak_limit_kw, peak_from_minute, peak_to_minute";

    private readonly SqlDialect _dialect;
    private readonly GroupCommitWriter _writer;

    public SqlStationStore(SqlDialect dialect, GroupCommitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(writer);
        _dialect = dialect;
        _writer = writer;
    }

    public Task UpsertAsync(Station station, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(station);
        return _writer.WriteAsync((connection, transaction, ct) => UpsertAsync(connection, transaction, station, now, ct), cancellationToken);
    }

    private async Task<bool> UpsertAsync(DbConnection connection, DbTransaction transaction, Station station, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "INSERT INTO stations (id, name, address, latitude, longitude, capacity_kw, tariff_price_per_kwh, tariff_currency, " +
            "tariff_price_per_minute, tariff_session_fee, peak_limit_kw, peak_from_minute, peak_to_minute, created_at, updated_at) " +
            "VALUES (@id, @name, @address, @lat, @lon, @capacity, @perKwh, @currency, @perMinute, @fee, @peakKw, @peakFrom, @peakTo, @now, @now) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address, latitude = excluded.latitude, " +
            "longitude = excluded.longitude, capacity_kw = excluded.capacity_kw, tariff_price_per_kwh = excluded.tariff_price_per_kwh, " +
            "tariff_currency = excluded.tariff_currency, tariff_price_per_minute = excluded.tariff_price_per_minute, " +
            "tariff_session_fee = excluded.tariff_session_fee, peak_limit_kw = excluded.peak_limit_kw, " +
            "peak_from_minute = excluded.peak_from_minute, peak_to_minute = excluded.peak_to_minute, updated_at = excluded.updated_at",
            transaction,
            _dialect.CommandTimeoutSeconds);
        command.AddText("id", station.Id).AddText("name", station.Name).AddText("address", station.Address)
            .AddDouble("lat", station.Latitude).AddDouble("lon", station.Longitude).AddDouble("capacity", station.CapacityKw)
            .AddDecimal("perKwh", station.Tariff?.PricePerKwh).AddText("currency", station.Tariff?.Currency)
            .AddDecimal("perMinute", station.Tariff?.PricePerMinute).AddDecimal("fee", station.Tariff?.SessionFee)
            .AddDouble("peakKw", station.PeakLimit is { } peak ? (double)peak.LimitKw : null)
            .AddInt("peakFrom", station.PeakLimit is { } from ? Minute(from.From) : null)
            .AddInt("peakTo", station.PeakLimit is { } to ? Minute(to.To) : null)
            .AddTimestamp("now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<Station?> GetAsync(string stationId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM stations WHERE id = @id", null, _dialect.CommandTimeoutSeconds);
        command.AddText("id", stationId);
        return await command.ReadFirstAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Station>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns} FROM stations ORDER BY id", null, _dialect.CommandTimeoutSeconds);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> DeleteAsync(string stationId, CancellationToken cancellationToken) =>
        _writer.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.Command("DELETE FROM stations WHERE id = @id", transaction, _dialect.CommandTimeoutSeconds);
                command.AddText("id", stationId);
                return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) > 0;
            },
            cancellationToken);

    /// <summary>Reads the four <see cref="TariffColumns"/> starting at <paramref name="first"/>.</summary>
    public static Tariff? ReadTariff(DbDataReader r, int first) =>
        r.IsDBNull(first) || r.IsDBNull(first + 1)
            ? null
            : new Tariff(r.GetDecimal(first), r.GetString(first + 1))
            {
                PricePerMinute = r.GetDecimalOrNull(first + 2),
                SessionFee = r.GetDecimalOrNull(first + 3),
            };

    private static Station Read(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1))
        {
            Address = r.GetTextOrNull(2),
            Latitude = r.GetDoubleOrNull(3),
            Longitude = r.GetDoubleOrNull(4),
            CapacityKw = r.GetDoubleOrNull(5),
            Tariff = ReadTariff(r, 6),
            PeakLimit = r.IsDBNull(10) || r.IsDBNull(11) || r.IsDBNull(12)
                ? null
                : new TimeOfDayLimit((decimal)r.GetDouble(10), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(r.GetInt32(11))), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(r.GetInt32(12)))),
        };

    private static int Minute(TimeOnly time) => (time.Hour * 60) + time.Minute;
}
