using System.Data.Common;

namespace SharpCharge.Csms.Storage;

/// <summary>
/// Commands of one long-lived connection, kept by SQL text so their statements are parsed and prepared once for the
/// life of the connection instead of at every execution: Microsoft.Data.Sqlite keeps a command's prepared statement
/// only while the command lives, and finalizes it when the connection closes. A command stays declared with its
/// parameters; callers give them new values. Owned by the <see cref="WriterConnection"/> and used only by the writer
/// loop; not thread-safe.
/// </summary>
internal sealed class PreparedStatementCache : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly int _timeoutSeconds;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public PreparedStatementCache(DbConnection connection, int timeoutSeconds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _timeoutSeconds = timeoutSeconds;
    }

    /// <summary>How many statements are kept.</summary>
    public int Count => _commands.Count;

    /// <summary>
    /// The command for <paramref name="sql"/>, enlisted in <paramref name="transaction"/>. While it has no parameters
    /// the caller declares them; afterwards it sets their values in the order it declared them. The cache owns the
    /// command: callers must not dispose it.
    /// </summary>
    public DbCommand Get(string sql, DbTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(transaction);
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = _timeoutSeconds;
            _commands.Add(sql, command);
        }

        // Only the transaction changes between group commits; the prepared statement survives it.
        command.Transaction = transaction;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
    }
}
