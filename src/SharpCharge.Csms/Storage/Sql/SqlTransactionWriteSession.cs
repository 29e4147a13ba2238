using System.Data.Common;
using System.Globalization;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// <see cref="ITransactionWriteSession"/> over the connection and transaction of one group-commit batch. Lives only
/// while its work item runs; the writer owns and disposes the connection.
/// </summary>
internal sealed class SqlTransactionWriteSession : ITransactionWriteSession
{
    private readonly GroupCommitContext _context;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly int _timeout;
    private readonly int _meterValueRowsPerStatement;

    public SqlTransactionWriteSession(GroupCommitContext context, int timeoutSeconds, int meterValueRowsPerStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _connection = context.Connection;
        _transaction = context.Transaction;
        _timeout = timeoutSeconds;
        _meterValueRowsPerStatement = meterValueRowsPerStatement;
    }

    public async Task<TransactionRecord?> GetAsync(long transactionId, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command($"SELECT {TransactionRows.Columns} FROM transactions WHERE id = @id");
        command.AddLong("id", transactionId);
        return await command.ReadFirstAsync(TransactionRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TransactionRecord?> FindByChargerTransactionIdAsync(
        string chargerId, string chargerTransactionId, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            $"SELECT {TransactionRows.Columns} FROM transactions WHERE charger_id = @charger AND charger_transaction_id = @chargerTx");
        command.AddText("charger", chargerId).AddText("chargerTx", chargerTransactionId);
        return await command.ReadFirstAsync(TransactionRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TransactionRecord?> FindStartAsync(
        string chargerId, int evseId, string idToken, DateTimeOffset startedAt, decimal meterStartWh, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            $"SELECT {TransactionRows.Columns} FROM transactions WHERE charger_id = @charger AND evse_id = @evse " +
            "AND started_at = @startedAt AND id_token = @idToken AND meter_start_wh = @meterStart AND charger_transaction_id IS NULL");
        command.AddText("charger", chargerId).AddInt("evse", evseId).AddTimestamp("startedAt", startedAt)
            .AddText("idToken", idToken).AddDecimal("meterStart", meterStartWh);
        return await command.ReadFirstAsync(TransactionRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> InsertAsync(TransactionRecord transaction, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        ArgumentNullException.ThrowIfNull(transaction);
        await using var command = Command(TransactionRows.InsertSql);
        TransactionRows.Bind(command, transaction);
        return await command.ExecuteInsertReturningIdAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateAsync(TransactionRecord transaction, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        ArgumentNullException.ThrowIfNull(transaction);
        await using var command = Command(TransactionRows.UpdateSql);
        TransactionRows.Bind(command, transaction);
        command.AddLong("id", transaction.Id);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException($"Transaction {transaction.Id} does not exist.");
        }
    }

    public async Task<bool> TryAddEventAsync(TransactionEventEntry entry, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = Command(
            $"INSERT INTO transaction_events ({TransactionRows.EventColumns}) VALUES (@tx, @seq, @type, @at, @trigger, @offline, " +
            "@received, @chargingState, @stoppedReason, @idToken, @evse, @connector, @phases, @remoteStart, @cableMax, @timeCharging) " +
            "ON CONFLICT DO NOTHING");
        command.AddLong("tx", entry.TransactionId).AddInt("seq", entry.SeqNo).AddEnum("type", (TransactionEventKind?)entry.EventType)
            .AddTimestamp("at", entry.Timestamp).AddText("trigger", entry.TriggerReason).AddBool("offline", entry.Offline)
            .AddTimestamp("received", entry.ReceivedAt).AddText("chargingState", entry.ChargingState)
            .AddText("stoppedReason", entry.StoppedReason).AddText("idToken", entry.IdToken).AddInt("evse", entry.EvseId)
            .AddInt("connector", entry.ConnectorId).AddInt("phases", entry.NumberOfPhasesUsed).AddInt("remoteStart", entry.RemoteStartId)
            .AddDecimal("cableMax", entry.CableMaxCurrent).AddInt("timeCharging", entry.TimeSpentChargingSeconds);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<int> AddMeterValuesAsync(
        string chargerId,
        long? transactionId,
        int? evseId,
        int? connectorId,
        IReadOnlyList<MeterSample> samples,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return 0;
        }

        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        if (_context.Statements is { } statements)
        {
            return await MeterValueInsert.InsertAsync(
                statements, _transaction, _meterValueRowsPerStatement, chargerId, transactionId, evseId, connectorId, samples, receivedAt, cancellationToken)
                .ConfigureAwait(false);
        }

        return await MeterValueInsert.InsertAsync(
            _connection, _transaction, _timeout, _meterValueRowsPerStatement, chargerId, transactionId, evseId, connectorId, samples, receivedAt, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<WrittenCount> AddTransactionMeterValuesAsync(
        string chargerId,
        long transactionId,
        int? evseId,
        int? connectorId,
        IReadOnlyList<MeterSample> samples,
        MeterReadings readings,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return WrittenCount.Of(0);
        }

        if (!_context.CanDefer)
        {
            // SQLite: no round trips to save; the single-row INSERT re-executed per sample binds cheapest there.
            var inserted = await AddMeterValuesAsync(chargerId, transactionId, evseId, connectorId, samples, receivedAt, cancellationToken)
                .ConfigureAwait(false);
            if (readings.HasReading)
            {
                if (_context.Statements is { } statements)
                {
                    var kept = statements.Get(MeterReadingsUpdate.Sql, _transaction);
                    MeterReadingsUpdate.Rebind(kept, transactionId, readings, receivedAt);
                    await kept.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await using var update = Command(MeterReadingsUpdate.Sql);
                    MeterReadingsUpdate.Bind(update, transactionId, readings, receivedAt);
                    await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return WrittenCount.Of(inserted);
        }

        // A server database: the INSERTs and the UPDATE go out with the other deferred statements of the group commit,
        // in one round trip; nothing here needs their results before the commit.
        var added = new WrittenCount();
        var first = -1;
        var inserts = 0;
        var batch = _context.Defer(sent =>
        {
            for (var i = first; i < first + inserts; i++)
            {
                added.Add(sent.BatchCommands[i].RecordsAffected);
            }
        });
        first = batch.BatchCommands.Count;
        inserts = MeterValueInsert.AddTo(batch, chargerId, transactionId, evseId, connectorId, samples, receivedAt);
        if (readings.HasReading)
        {
            MeterReadingsUpdate.Bind(batch.Command(MeterReadingsUpdate.Sql), transactionId, readings, receivedAt);
        }

        return added;
    }

    public async Task<IdTokenRecord?> FindIdTokenAsync(string value, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(SqlIdTokenStore.FindSql);
        command.AddText("value", value);
        return await command.ReadFirstAsync(SqlIdTokenStore.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> HasOtherRunningTransactionAsync(
        string idToken, long exceptTransactionId, string chargerId, int? evseId, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        // coalesce on both sides: an unknown EVSE never counts as "the same EVSE".
        await using var command = Command(
            "SELECT count(*) FROM transactions WHERE state = 'Running' AND lower(id_token) = lower(@idToken) AND id <> @except " +
            "AND NOT (charger_id = @charger AND coalesce(evse_id, -2) = coalesce(@evse, -1))");
        command.AddText("idToken", idToken).AddLong("except", exceptTransactionId).AddText("charger", chargerId).AddInt("evse", evseId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    public async Task<Tariff?> FindTariffAsync(string chargerId, CancellationToken cancellationToken)
    {
        await _context.SendAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(SqlTransactionStore.TariffSql);
        command.AddText("charger", chargerId);
        return await ReadTariffAsync(command, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<Tariff?> ReadTariffAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqlStationStore.ReadTariff(reader, 0) : null;
    }

    private DbCommand Command(string sql) => _connection.Command(sql, _transaction, _timeout);
}
