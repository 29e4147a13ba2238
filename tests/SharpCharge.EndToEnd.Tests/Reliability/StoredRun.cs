using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using SharpCharge.Csms.Storage;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// Reads what the central system stored, straight from its database with plain SQL (the server is dead by then):
/// the transactions of a charger, their periodic energy samples, their 2.x events and the connector statuses.
/// </summary>
internal sealed class StoredRun(StorageProvider provider, string connectionString) : IAsyncDisposable
{
    private DbConnection? _connection;

    public async Task<IReadOnlyList<StoredTransaction>> TransactionsAsync(string chargerId)
    {
        var rows = new List<StoredTransaction>();
        await using var command = await CommandAsync(
            "SELECT id, charger_transaction_id, state, meter_start_wh, meter_stop_wh, energy_wh FROM transactions " +
            "WHERE charger_id = @charger ORDER BY started_at, id", ("charger", chargerId));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredTransaction(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                Number(reader, 3),
                Number(reader, 4),
                Number(reader, 5)));
        }

        return rows;
    }

    /// <summary>The transaction's energy register samples of one context, in the order they were taken.</summary>
    public async Task<IReadOnlyList<decimal>> EnergySamplesAsync(long transactionId, string? context)
    {
        var values = new List<decimal>();
        await using var command = await CommandAsync(
            "SELECT value FROM meter_values WHERE transaction_id = @tx AND measurand = 'Energy.Active.Import.Register'" +
            (context is null ? "" : " AND context = @context") + " ORDER BY sampled_at, id",
            ("tx", transactionId), ("context", context ?? ""));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Number(reader, 0) ?? throw new InvalidOperationException($"Transaction {transactionId} has an energy sample without a value."));
        }

        return values;
    }

    /// <summary>The 2.x TransactionEvents of a transaction: seqNo and event type, by seqNo.</summary>
    public async Task<IReadOnlyList<(int SeqNo, string EventType)>> EventsAsync(long transactionId)
    {
        var events = new List<(int, string)>();
        await using var command = await CommandAsync(
            "SELECT seq_no, event_type FROM transaction_events WHERE transaction_id = @tx ORDER BY seq_no", ("tx", transactionId));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add((Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1)));
        }

        return events;
    }

    /// <summary>The stored status of every connector of the charger (not the charger itself, EVSE 0).</summary>
    public async Task<IReadOnlyList<string>> ConnectorStatusesAsync(string chargerId)
    {
        var statuses = new List<string>();
        await using var command = await CommandAsync(
            "SELECT status FROM connectors WHERE charger_id = @charger AND evse_id <> 0", ("charger", chargerId));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetString(0));
        }

        return statuses;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<DbCommand> CommandAsync(string sql, params (string Name, object Value)[] parameters)
    {
        if (_connection is null)
        {
            _connection = provider == StorageProvider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
            await _connection.OpenAsync();
        }

        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    // SQLite keeps decimals as text, PostgreSQL as numeric.
    private static decimal? Number(DbDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : Convert.ToDecimal(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
