using Microsoft.Data.Sqlite;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sqlite;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Csms.Tests.Storage;

/// <summary>
/// The SQLite dialect sets up a connection handle once, when the pool opens it, and not again when the pool hands it
/// out the next time: what it set must still hold on a handle that comes back from the pool.
/// </summary>
public sealed class SqliteDialectTests : IAsyncDisposable
{
    private readonly SqliteBackend _storage = new();

    public async ValueTask DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task HandleBackFromThePool_StillEnforcesForeignKeys_AndCommitsWithSynchronousFull()
    {
        var dialect = new SqliteDialect(new StorageOptions { ConnectionString = _storage.ConnectionString });
        SQLitePCL.sqlite3 first;
        await using (var connection = await dialect.OpenConnectionAsync(CancellationToken.None))
        {
            await dialect.PrepareDatabaseAsync(connection, CancellationToken.None);
            first = ((SqliteConnection)connection).Handle!;
            await ExecuteAsync(connection, "CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id))");
        }

        await using var again = await dialect.OpenConnectionAsync(CancellationToken.None);
        Assert.Same(first, ((SqliteConnection)again).Handle);
        Assert.Equal(1L, await ScalarAsync(again, "PRAGMA foreign_keys"));
        Assert.Equal(2L, await ScalarAsync(again, "PRAGMA synchronous"));
        var refused = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(again, "INSERT INTO child (parent_id) VALUES (42)"));
        Assert.Contains("FOREIGN KEY", refused.Message, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
