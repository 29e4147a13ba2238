using System.Data.Common;
using System.Globalization;
using System.Text;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// <see cref="ITransactionStore"/>: writes go through the <see cref="GroupCommitWriter"/>; reads use their own
/// connections.
/// </summary>
internal sealed class SqlTransactionStore : ITransactionStore
{
    public const string TariffSql =
        $"SELECT {SqlStationStore.TariffColumns} FROM chargers c JOIN stations s ON s.id = c.station_id WHERE c.id = @charger";

    private readonly SqlDialect _dialect;
    private readonly GroupCommitWriter _writer;

    public SqlTransactionStore(SqlDialect dialect, GroupCommitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(writer);
        _dialect = dialect;
        _writer = writer;
    }

    public Task<T> ExecuteAsync<T>(Func<ITransactionWriteSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var timeout = _dialect.CommandTimeoutSeconds;
        var meterValueRows = _dialect.MeterValueRowsPerStatement;
        return _writer.EnqueueAsync(
            (GroupCommitContext context, CancellationToken ct) => work(new SqlTransactionWriteSession(context, timeout, meterValueRows), ct),
            cancellationToken);
    }

    public Task<TransactionRecord?> GetAsync(long transactionId, CancellationToken cancellationToken) =>
        ReadFirstAsync(
            $"SELECT {TransactionRows.Columns} FROM transactions WHERE id = @id",
            c => c.AddLong("id", transactionId),
            cancellationToken);

    public Task<TransactionRecord?> FindByChargerTransactionIdAsync(
        string chargerId, string chargerTransactionId, CancellationToken cancellationToken) =>
        ReadFirstAsync(
            $"SELECT {TransactionRows.Columns} FROM transactions WHERE charger_id = @charger AND charger_transaction_id = @chargerTx",
            c => c.AddText("charger", chargerId).AddText("chargerTx", chargerTransactionId),
            cancellationToken);

    public async Task<IReadOnlyList<TransactionRecord>> ListAsync(
        string? chargerId, TransactionState? state, int limit, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder($"SELECT {TransactionRows.Columns} FROM transactions WHERE 1 = 1");
        if (chargerId is not null)
        {
            sql.Append(" AND charger_id = @charger");
        }

        if (state is not null)
        {
            sql.Append(" AND state = @state");
        }

        sql.Append(" ORDER BY id DESC LIMIT @limit");
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql.ToString(), null, _dialect.CommandTimeoutSeconds);
        command.AddInt("limit", limit);
        if (chargerId is not null)
        {
            command.AddText("charger", chargerId);
        }

        if (state is not null)
        {
            command.AddEnum("state", state);
        }

        return await command.ReadAllAsync(TransactionRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> HasRunningTransactionAsync(string idToken, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT count(*) FROM transactions WHERE state = 'Running' AND lower(id_token) = lower(@idToken)",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("idToken", idToken);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    public Task<IReadOnlyList<MeterValueRecord>> GetMeterValuesAsync(long transactionId, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {TransactionRows.MeterValueColumns} FROM meter_values WHERE transaction_id = @tx ORDER BY sampled_at, id",
            c => c.AddLong("tx", transactionId),
            TransactionRows.ReadMeterValue,
            cancellationToken);

    public Task<IReadOnlyList<MeterValueRecord>> GetChargerMeterValuesAsync(
        string chargerId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {TransactionRows.MeterValueColumns} FROM meter_values WHERE charger_id = @charger " +
            "AND sampled_at >= @from AND sampled_at < @to ORDER BY sampled_at, id LIMIT @limit",
            c => c.AddText("charger", chargerId).AddTimestamp("from", from).AddTimestamp("to", to).AddInt("limit", limit),
            TransactionRows.ReadMeterValue,
            cancellationToken);

    public Task<IReadOnlyList<TransactionEventEntry>> GetEventsAsync(long transactionId, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {TransactionRows.EventColumns} FROM transaction_events WHERE transaction_id = @tx ORDER BY seq_no",
            c => c.AddLong("tx", transactionId),
            TransactionRows.ReadEvent,
            cancellationToken);

    public async Task<Tariff?> FindTariffAsync(string chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(TariffSql, null, _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId);
        return await SqlTransactionWriteSession.ReadTariffAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ChargerDailyStats>> GetDailyStatsAsync(
        DateOnly from, DateOnly to, string? chargerId, CancellationToken cancellationToken)
    {
        var day = _dialect.UtcDay("stopped_at");
        var sql =
            $"SELECT charger_id, {day} AS day, count(*), coalesce({_dialect.SumDecimal("energy_wh")}, 0), " +
            $"coalesce({_dialect.SumDecimal("cost")}, 0), currency FROM transactions " +
            "WHERE state = 'Ended' AND stopped_at >= @from AND stopped_at < @to" +
            (chargerId is null ? string.Empty : " AND charger_id = @charger") +
            $" GROUP BY charger_id, {day}, currency ORDER BY charger_id, day, currency";
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return QueryAsync(
            sql,
            c =>
            {
                c.AddTimestamp("from", start).AddTimestamp("to", end);
                if (chargerId is not null)
                {
                    c.AddText("charger", chargerId);
                }
            },
            r => new ChargerDailyStats(
                r.GetString(0),
                DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                (int)r.GetInt64(2),
                r.GetDecimal(3),
                r.GetDecimal(4),
                r.GetTextOrNull(5)),
            cancellationToken);
    }

    private async Task<TransactionRecord?> ReadFirstAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, null, _dialect.CommandTimeoutSeconds);
        bind(command);
        return await command.ReadFirstAsync(TransactionRows.Read, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, Action<DbCommand> bind, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, null, _dialect.CommandTimeoutSeconds);
        bind(command);
        return await command.ReadAllAsync(map, cancellationToken).ConfigureAwait(false);
    }
}
