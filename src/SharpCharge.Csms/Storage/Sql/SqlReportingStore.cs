using System.Data.Common;
using System.Globalization;
using System.Text;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary><see cref="IReportingStore"/> in SQL both dialects accept. Every query reads on its own connection.</summary>
internal sealed class SqlReportingStore : IReportingStore
{
    // The newest overall Power.Active.Import sample of each running transaction (an index on transaction_id serves it).
    private const string PowerSql =
        $"SELECT {TransactionRows.MeterValueColumns} FROM meter_values WHERE id IN (" +
        "SELECT (SELECT max(m.id) FROM meter_values m WHERE m.transaction_id = t.id AND m.measurand = @measurand AND m.phase IS NULL) " +
        "FROM transactions t WHERE t.state = 'Running'{0})";

    private readonly SqlDialect _dialect;

    public SqlReportingStore(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
    }

    public async Task<FleetSnapshot> GetFleetAsync(string? stationId, string? chargerId, CancellationToken cancellationToken)
    {
        // The same narrowing for every table, on the charger id column each one has.
        string Scope(string column) =>
            (stationId is null ? string.Empty : $" AND {column} IN (SELECT id FROM chargers WHERE station_id = @station)")
            + (chargerId is null ? string.Empty : $" AND lower({column}) = lower(@charger)");
        void Bind(DbCommand command)
        {
            command.AddText("station", stationId).AddText("charger", chargerId).AddText("measurand", PowerReading.PowerActiveImport);
        }

        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var chargers = await QueryAsync(
            connection,
            $"SELECT {SqlChargerStore.Columns} FROM chargers WHERE deleted_at IS NULL{Scope("id")} ORDER BY id",
            Bind,
            SqlChargerStore.Read,
            cancellationToken).ConfigureAwait(false);
        var connectors = await QueryAsync(
            connection,
            $"SELECT {SqlConnectorStatusStore.StateColumns} FROM connectors WHERE 1 = 1{Scope("charger_id")} ORDER BY charger_id, evse_id, connector_id",
            Bind,
            SqlConnectorStatusStore.ReadState,
            cancellationToken).ConfigureAwait(false);
        var running = await QueryAsync(
            connection,
            $"SELECT {TransactionRows.Columns} FROM transactions WHERE state = 'Running'{Scope("charger_id")} ORDER BY id",
            Bind,
            TransactionRows.Read,
            cancellationToken).ConfigureAwait(false);
        var samples = await QueryAsync(
            connection,
            string.Format(CultureInfo.InvariantCulture, PowerSql, Scope("t.charger_id")),
            Bind,
            TransactionRows.ReadMeterValue,
            cancellationToken).ConfigureAwait(false);

        var power = new Dictionary<long, decimal>();
        foreach (var sample in samples)
        {
            if (sample.TransactionId is { } id && PowerReading.ToKw(sample.Sample) is { } kw)
            {
                power[id] = kw;
            }
        }

        return new FleetSnapshot(chargers, connectors, running, power);
    }

    public async Task<TransactionPage> SearchTransactionsAsync(TransactionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder(" WHERE 1 = 1");
        if (query.ChargerId is not null)
        {
            where.Append(" AND lower(charger_id) = lower(@charger)");
        }

        if (query.StationId is not null)
        {
            where.Append(" AND charger_id IN (SELECT id FROM chargers WHERE station_id = @station)");
        }

        if (query.IdToken is not null)
        {
            where.Append(" AND lower(id_token) = lower(@idToken)");
        }

        if (query.From is not null)
        {
            where.Append(" AND started_at >= @from");
        }

        if (query.To is not null)
        {
            where.Append(" AND started_at < @to");
        }

        if (query.Active is { } active)
        {
            where.Append(active ? " AND state = 'Running'" : " AND state = 'Ended'");
        }

        void Bind(DbCommand command)
        {
            command.AddText("charger", query.ChargerId).AddText("station", query.StationId).AddText("idToken", query.IdToken)
                .AddTimestamp("from", query.From).AddTimestamp("to", query.To)
                .AddInt("limit", query.Limit).AddInt("offset", query.Offset);
        }

        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        long total;
        await using (var count = connection.Command("SELECT count(*) FROM transactions" + where, null, _dialect.CommandTimeoutSeconds))
        {
            Bind(count);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var items = await QueryAsync(
            connection,
            $"SELECT {TransactionRows.Columns} FROM transactions{where} ORDER BY started_at DESC, id DESC LIMIT @limit OFFSET @offset",
            Bind,
            TransactionRows.Read,
            cancellationToken).ConfigureAwait(false);
        return new TransactionPage(items, (int)Math.Min(total, int.MaxValue));
    }

    public async Task<IReadOnlyList<TransactionRecord>> ListActiveSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(
            connection,
            $"SELECT {TransactionRows.Columns} FROM transactions WHERE state = 'Running' OR stopped_at >= @since ORDER BY id",
            c => c.AddTimestamp("since", since),
            TransactionRows.Read,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<decimal> EndedEnergyWhAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT coalesce({_dialect.SumDecimal("energy_wh")}, 0) FROM transactions WHERE state = 'Ended'",
            null,
            _dialect.CommandTimeoutSeconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetDecimal(0) : 0m;
    }

    public async Task<IReadOnlyList<StationEnergy>> EnergyByStationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(
            connection,
            $"SELECT c.station_id, coalesce({_dialect.SumDecimal("t.energy_wh")}, 0) FROM transactions t " +
            "JOIN chargers c ON c.id = t.charger_id WHERE t.state = 'Ended' AND c.station_id IS NOT NULL " +
            "GROUP BY c.station_id ORDER BY c.station_id",
            _ => { },
            r => new StationEnergy(r.GetString(0), r.GetDecimal(1)),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        DbConnection connection, string sql, Action<DbCommand> bind, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, null, _dialect.CommandTimeoutSeconds);
        bind(command);
        return await command.ReadAllAsync(map, cancellationToken).ConfigureAwait(false);
    }
}
