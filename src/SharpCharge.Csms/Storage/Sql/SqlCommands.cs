using System.Data;
using System.Data.Common;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// Small helpers for ADO.NET commands shared by both dialects. Parameters always carry a <see cref="DbType"/>, so a
/// null still has a type (PostgreSQL needs one), and timestamps are converted to UTC before binding.
/// </summary>
internal static class SqlCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction, int timeoutSeconds)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = timeoutSeconds;
        return command;
    }

    public static DbCommand AddText(this DbCommand command, string name, string? value) =>
        command.Add(name, DbType.String, value);

    public static DbCommand AddInt(this DbCommand command, string name, int? value) =>
        command.Add(name, DbType.Int32, value);

    public static DbCommand AddLong(this DbCommand command, string name, long? value) =>
        command.Add(name, DbType.Int64, value);

    public static DbCommand AddDecimal(this DbCommand command, string name, decimal? value) =>
        command.Add(name, DbType.Decimal, value);

    public static DbCommand AddDouble(this DbCommand command, string name, double? value) =>
        command.Add(name, DbType.Double, value);

    public static DbCommand AddBool(this DbCommand command, string name, bool? value) =>
        command.Add(name, DbType.Boolean, value);

    public static DbCommand AddTimestamp(this DbCommand command, string name, DateTimeOffset? value) =>
        command.Add(name, DbType.DateTimeOffset, value?.ToUniversalTime());

    public static DbCommand AddEnum<TEnum>(this DbCommand command, string name, TEnum? value)
        where TEnum : struct, Enum =>
        command.Add(name, DbType.String, value?.ToString());

    public static string? GetTextOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetIntOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static long? GetLongOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static decimal? GetDecimalOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);

    public static double? GetDoubleOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public static DateTimeOffset GetTimestamp(this DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();

    public static DateTimeOffset? GetTimestampOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetTimestamp(ordinal);

    public static TEnum GetEnum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(reader.GetString(ordinal));

    public static TEnum? GetEnumOrNull<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, Enum =>
        reader.IsDBNull(ordinal) ? null : Enum.Parse<TEnum>(reader.GetString(ordinal));

    /// <summary>
    /// Runs an <c>INSERT … RETURNING id</c> and returns the id. Reads the statement to its end: SQLite reports a
    /// constraint failure (a foreign key, say) only after the returned row, and <c>ExecuteScalar</c> would lose it,
    /// handing out the id of a row that was rolled back.
    /// </summary>
    public static async Task<long> ExecuteInsertReturningIdAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("The INSERT returned no id.");
        }

        var id = reader.GetInt64(0);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        return id;
    }

    /// <summary>Runs a query and maps every row.</summary>
    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(
        this DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(map(reader));
        }

        return result;
    }

    /// <summary>Runs a query and maps the first row, if any.</summary>
    public static async Task<T?> ReadFirstAsync<T>(
        this DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? map(reader) : null;
    }

    /// <summary>A statement of a <see cref="DbBatch"/> (a server database runs the whole batch in one round trip).</summary>
    public static DbBatchCommand Command(this DbBatch batch, string sql)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        batch.BatchCommands.Add(command);
        return command;
    }

    public static DbBatchCommand AddText(this DbBatchCommand command, string name, string? value) =>
        command.Add(name, DbType.String, value);

    public static DbBatchCommand AddInt(this DbBatchCommand command, string name, int? value) =>
        command.Add(name, DbType.Int32, value);

    public static DbBatchCommand AddLong(this DbBatchCommand command, string name, long? value) =>
        command.Add(name, DbType.Int64, value);

    public static DbBatchCommand AddDecimal(this DbBatchCommand command, string name, decimal? value) =>
        command.Add(name, DbType.Decimal, value);

    public static DbBatchCommand AddBool(this DbBatchCommand command, string name, bool? value) =>
        command.Add(name, DbType.Boolean, value);

    public static DbBatchCommand AddTimestamp(this DbBatchCommand command, string name, DateTimeOffset? value) =>
        command.Add(name, DbType.DateTimeOffset, value?.ToUniversalTime());

    private static DbCommand Add(this DbCommand command, string name, DbType type, object? value)
    {
        command.Parameters.Add(Parameter(command.CreateParameter(), name, type, value));
        return command;
    }

    private static DbBatchCommand Add(this DbBatchCommand command, string name, DbType type, object? value)
    {
        command.Parameters.Add(Parameter(command.CreateParameter(), name, type, value));
        return command;
    }

    /// <summary>Names, types and sets <paramref name="parameter"/> as the Add methods do.</summary>
    public static DbParameter Parameter(DbParameter parameter, string name, DbType type, object? value)
    {
        // With the marker in the name SQLite finds the parameter in one scan of the statement's names; without it
        // Microsoft.Data.Sqlite scans once for the bare name and again per marker it tries. Npgsql accepts both.
        parameter.ParameterName = name.StartsWith('@') ? name : "@" + name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
