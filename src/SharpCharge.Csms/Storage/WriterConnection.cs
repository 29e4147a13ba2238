using System.Data;
using System.Data.Common;

namespace SharpCharge.Csms.Storage;

/// <summary>
/// The <see cref="GroupCommitWriter"/>'s own connection where the dialect lets it keep one
/// (<see cref="SqlDialect.WriterKeepsConnection"/>: SQLite, where the writer is the only connection that writes), with
/// the <see cref="PreparedStatementCache"/> of its hot statements. Between group commits it holds no transaction and
/// no statement in progress, so it does not keep WAL checkpoints from resetting the log. Replaced when a failure may
/// have broken it; disposed when the writer stops.
/// </summary>
internal sealed class WriterConnection : IAsyncDisposable
{
    public WriterConnection(DbConnection connection, int timeoutSeconds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        Statements = new PreparedStatementCache(connection, timeoutSeconds);
    }

    public DbConnection Connection { get; }

    public PreparedStatementCache Statements { get; }

    /// <summary>True while the connection is open and may run the next group commit.</summary>
    public bool IsOpen => Connection.State == ConnectionState.Open;

    public async ValueTask DisposeAsync()
    {
        // Statements first: a connection returned to the pool must not carry prepared statements of this writer.
        await Statements.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
