using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// Inserts samples with INSERTs of up to the dialect's <see cref="SqlDialect.MeterValueRowsPerStatement"/> rows
/// (at most <see cref="MaxRowsPerStatement"/>: 13 parameters a row plus 5 shared stay below SQLite's 999-parameter
/// limit), skipping samples already stored (<c>ON CONFLICT DO NOTHING</c> on the <c>ux_meter_values_sample</c> index).
/// A statement of the same row count is prepared once per call and re-executed with new values, or, where the writer
/// keeps its connection (SQLite), once for the life of that connection.
/// </summary>
internal static class MeterValueInsert
{
    public const int MaxRowsPerStatement = 40;

    private const int SharedParameters = 5;
    private const int ParametersPerRow = 13;

    private static readonly string[] Statements = BuildStatements();

    public static Task<int> InsertAsync(
        DbConnection connection,
        DbTransaction? transaction,
        int timeoutSeconds,
        int rowsPerStatement,
        string chargerId,
        long? transactionId,
        int? evseId,
        int? connectorId,
        IReadOnlyList<MeterSample> samples,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken) =>
        InsertAsync(
            rows => Create(connection, transaction, timeoutSeconds, rows, chargerId, transactionId, evseId, connectorId, receivedAt),
            ownsCommands: true,
            rowsPerStatement,
            samples,
            cancellationToken);

    /// <summary>
    /// <see cref="InsertAsync(DbConnection, DbTransaction?, int, int, string, long?, int?, int?, IReadOnlyList{MeterSample}, DateTimeOffset, CancellationToken)"/>
    /// with the statements kept in <paramref name="statements"/>: prepared at their first use, then only given new
    /// values.
    /// </summary>
    public static Task<int> InsertAsync(
        PreparedStatementCache statements,
        DbTransaction transaction,
        int rowsPerStatement,
        string chargerId,
        long? transactionId,
        int? evseId,
        int? connectorId,
        IReadOnlyList<MeterSample> samples,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return InsertAsync(
            rows =>
            {
                var command = statements.Get(Statements[rows], transaction);
                if (command.Parameters.Count == 0)
                {
                    Declare(command.Parameters, command.CreateParameter, rows, chargerId, transactionId, evseId, connectorId, receivedAt);
                }
                else
                {
                    BindShared(command.Parameters, chargerId, transactionId, evseId, connectorId, receivedAt);
                }

                return command;
            },
            ownsCommands: false,
            rowsPerStatement,
            samples,
            cancellationToken);
    }

    /// <summary>
    /// Runs the INSERTs of <paramref name="samples"/>: <paramref name="commandFor"/> gives the statement for a row count
    /// with its shared values bound (taken again only when the count changes, for the last, shorter statement); the
    /// commands are disposed here when <paramref name="ownsCommands"/>, or kept by the cache that gave them.
    /// </summary>
    private static async Task<int> InsertAsync(
        Func<int, DbCommand> commandFor, bool ownsCommands, int rowsPerStatement, IReadOnlyList<MeterSample> samples, CancellationToken cancellationToken)
    {
        rowsPerStatement = Math.Clamp(rowsPerStatement, 1, MaxRowsPerStatement);
        var inserted = 0;
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < samples.Count; start += rowsPerStatement)
            {
                var rows = Math.Min(rowsPerStatement, samples.Count - start);
                if (command is null || command.Parameters.Count != SharedParameters + (rows * ParametersPerRow))
                {
                    if (ownsCommands && command is not null)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }

                    command = commandFor(rows);
                }

                for (var i = 0; i < rows; i++)
                {
                    Bind(command.Parameters, SharedParameters + (i * ParametersPerRow), samples[start + i]);
                }

                inserted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (ownsCommands && command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }

        return inserted;
    }

    /// <summary>
    /// Appends the INSERTs for <paramref name="samples"/> to <paramref name="batch"/> (up to
    /// <see cref="MaxRowsPerStatement"/> rows each) and returns how many statements it appended: their
    /// <see cref="DbBatchCommand.RecordsAffected"/> add up to the samples that were new.
    /// </summary>
    public static int AddTo(
        DbBatch batch,
        string chargerId,
        long? transactionId,
        int? evseId,
        int? connectorId,
        IReadOnlyList<MeterSample> samples,
        DateTimeOffset receivedAt)
    {
        var statements = 0;
        for (var start = 0; start < samples.Count; start += MaxRowsPerStatement)
        {
            var rows = Math.Min(MaxRowsPerStatement, samples.Count - start);
            var command = batch.Command(Statements[rows]);
            Declare(command.Parameters, command.CreateParameter, rows, chargerId, transactionId, evseId, connectorId, receivedAt);
            for (var i = 0; i < rows; i++)
            {
                Bind(command.Parameters, SharedParameters + (i * ParametersPerRow), samples[start + i]);
            }

            statements++;
        }

        return statements;
    }

    private static DbCommand Create(
        DbConnection connection,
        DbTransaction? transaction,
        int timeoutSeconds,
        int rows,
        string chargerId,
        long? transactionId,
        int? evseId,
        int? connectorId,
        DateTimeOffset receivedAt)
    {
        var command = connection.Command(Statements[rows], transaction, timeoutSeconds);
        Declare(command.Parameters, command.CreateParameter, rows, chargerId, transactionId, evseId, connectorId, receivedAt);
        return command;
    }

    private static void Declare(
        DbParameterCollection parameters,
        Func<DbParameter> create,
        int rows,
        string chargerId,
        long? transactionId,
        int? evseId,
        int? connectorId,
        DateTimeOffset receivedAt)
    {
        void Add(string name, DbType type, object? value) => parameters.Add(SqlCommands.Parameter(create(), name, type, value));

        Add("charger", DbType.String, chargerId);
        Add("tx", DbType.Int64, transactionId);
        Add("evse", DbType.Int32, evseId);
        Add("connector", DbType.Int32, connectorId);
        Add("received", DbType.DateTimeOffset, receivedAt.ToUniversalTime());
        for (var i = 0; i < rows; i++)
        {
            // Declared here with their types, given values by Bind: the order is the one Bind relies on.
            var n = i.ToString(CultureInfo.InvariantCulture);
            Add("t" + n, DbType.DateTimeOffset, null);
            Add("v" + n, DbType.Decimal, null);
            Add("m" + n, DbType.String, null);
            Add("ph" + n, DbType.String, null);
            Add("l" + n, DbType.String, null);
            Add("cx" + n, DbType.String, null);
            Add("u" + n, DbType.String, null);
            Add("mu" + n, DbType.Int32, null);
            Add("f" + n, DbType.String, null);
            Add("sd" + n, DbType.String, null);
            Add("sm" + n, DbType.String, null);
            Add("em" + n, DbType.String, null);
            Add("pk" + n, DbType.String, null);
        }
    }

    // The shared values in the order Declare added them.
    private static void BindShared(
        DbParameterCollection parameters, string chargerId, long? transactionId, int? evseId, int? connectorId, DateTimeOffset receivedAt)
    {
        parameters[0].Value = chargerId;
        parameters[1].Value = (object?)transactionId ?? DBNull.Value;
        parameters[2].Value = (object?)evseId ?? DBNull.Value;
        parameters[3].Value = (object?)connectorId ?? DBNull.Value;
        parameters[4].Value = receivedAt.ToUniversalTime();
    }

    private static void Bind(DbParameterCollection parameters, int first, MeterSample s)
    {
        parameters[first].Value = s.Timestamp.ToUniversalTime();
        parameters[first + 1].Value = (object?)s.Value ?? DBNull.Value;
        parameters[first + 2].Value = s.Measurand ?? MeterSample.EnergyActiveImportRegister;
        parameters[first + 3].Value = (object?)s.Phase ?? DBNull.Value;
        parameters[first + 4].Value = s.Location ?? MeterSample.LocationOutlet;
        parameters[first + 5].Value = s.Context ?? MeterSample.ContextSamplePeriodic;
        parameters[first + 6].Value = (object?)s.Unit ?? DBNull.Value;
        parameters[first + 7].Value = (object?)s.Multiplier ?? DBNull.Value;
        parameters[first + 8].Value = (object?)s.Format ?? DBNull.Value;
        parameters[first + 9].Value = (object?)s.SignedData ?? DBNull.Value;
        parameters[first + 10].Value = (object?)s.SigningMethod ?? DBNull.Value;
        parameters[first + 11].Value = (object?)s.EncodingMethod ?? DBNull.Value;
        parameters[first + 12].Value = (object?)s.PublicKey ?? DBNull.Value;
    }

    private static string[] BuildStatements()
    {
        var statements = new string[MaxRowsPerStatement + 1];
        for (var rows = 1; rows <= MaxRowsPerStatement; rows++)
        {
            var sql = new StringBuilder(
                "INSERT INTO meter_values (charger_id, transaction_id, evse_id, connector_id, received_at, sampled_at, value, " +
                "measurand, phase, location, context, unit, multiplier, format, signed_data, signing_method, encoding_method, " +
                "public_key) VALUES ");
            for (var i = 0; i < rows; i++)
            {
                sql.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture,
                    $"(@charger, @tx, @evse, @connector, @received, @t{i}, @v{i}, @m{i}, @ph{i}, @l{i}, @cx{i}, @u{i}, @mu{i}, @f{i}, @sd{i}, @sm{i}, @em{i}, @pk{i})");
            }

            statements[rows] = sql.Append(" ON CONFLICT DO NOTHING").ToString();
        }

        return statements;
    }
}
