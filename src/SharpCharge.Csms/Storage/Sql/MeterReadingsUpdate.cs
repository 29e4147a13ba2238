using System.Data.Common;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// Moves a running transaction's meter readings forward by a message's <see cref="MeterReadings"/> inside the
/// database, so the writer need not read the transaction first: the same rules as
/// <see cref="TransactionMath.ApplySamples"/> (see <see cref="MeterReadings"/>), as CASE expressions on the stored
/// values. It sets only these columns, none of them indexed, so SQLite touches no index of the table. An ended
/// transaction is left alone.
/// </summary>
internal static class MeterReadingsUpdate
{
    // Timestamps compare correctly on both databases: PostgreSQL stores timestamptz, SQLite the UTC text every write
    // binds (one format, ordered like the instants).
    public const string Sql =
        "UPDATE transactions SET " +
        "meter_start_wh = CASE WHEN start_recorded = @no AND @beginWh IS NOT NULL THEN @beginWh ELSE coalesce(meter_start_wh, @firstWh) END, " +
        "last_meter_wh = CASE WHEN last_meter_at IS NULL OR last_meter_at <= @newestAt THEN @newestWh ELSE last_meter_wh END, " +
        "last_meter_at = CASE WHEN last_meter_at IS NULL OR last_meter_at <= @newestAt THEN @newestAt ELSE last_meter_at END, " +
        "updated_at = @updatedAt WHERE id = @id AND state = 'Running'";

    public static void Bind(DbCommand command, long transactionId, MeterReadings readings, DateTimeOffset now) =>
        command.AddBool("no", false).AddDecimal("beginWh", readings.BeginWh).AddDecimal("firstWh", readings.FirstWh)
            .AddDecimal("newestWh", readings.NewestWh).AddTimestamp("newestAt", readings.NewestAt)
            .AddTimestamp("updatedAt", now).AddLong("id", transactionId);

    /// <summary>
    /// Binds a command kept prepared (<see cref="PreparedStatementCache"/>): declares the parameters the first time,
    /// afterwards only sets their values, in the order they were declared.
    /// </summary>
    public static void Rebind(DbCommand command, long transactionId, MeterReadings readings, DateTimeOffset now)
    {
        if (command.Parameters.Count == 0)
        {
            Bind(command, transactionId, readings, now);
            return;
        }

        var parameters = command.Parameters;
        parameters[0].Value = false;
        parameters[1].Value = (object?)readings.BeginWh ?? DBNull.Value;
        parameters[2].Value = (object?)readings.FirstWh ?? DBNull.Value;
        parameters[3].Value = (object?)readings.NewestWh ?? DBNull.Value;
        parameters[4].Value = readings.NewestAt is { } newestAt ? newestAt.ToUniversalTime() : DBNull.Value;
        parameters[5].Value = now.ToUniversalTime();
        parameters[6].Value = transactionId;
    }

    public static void Bind(DbBatchCommand command, long transactionId, MeterReadings readings, DateTimeOffset now) =>
        command.AddBool("no", false).AddDecimal("beginWh", readings.BeginWh).AddDecimal("firstWh", readings.FirstWh)
            .AddDecimal("newestWh", readings.NewestWh).AddTimestamp("newestAt", readings.NewestAt)
            .AddTimestamp("updatedAt", now).AddLong("id", transactionId);
}
