using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sqlite;

namespace SharpCharge.Dashboard.Tests.Storage;

/// <summary>
/// The demo (and the browser tests) run on SQLite, where every charger message is a write. With the e_sqlite3 build
/// this project uses, SQLite's own busy handler slept a whole second per collision between two writers, which is how
/// a status change at a charger could reach the dashboard more than two seconds later on a busy machine.
/// </summary>
public sealed class SqliteBusyWaitTests : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sharpcharge-busy-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task WriterFindingTheDatabaseLocked_GetsItSoonAfterItIsReleased_NotASecondLater()
    {
        var dialect = new SqliteDialect(new StorageOptions { ConnectionString = $"Data Source={_path}", SqliteBusyTimeoutMilliseconds = 5_000 });
        await using var first = await dialect.OpenConnectionAsync(CancellationToken.None);
        await dialect.PrepareDatabaseAsync(first, CancellationToken.None);
        await using var second = await dialect.OpenConnectionAsync(CancellationToken.None);
        var holding = await dialect.BeginWriteTransactionAsync(first, CancellationToken.None);

        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = Task.Run(async () =>
        {
            entered.SetResult();
            return await dialect.BeginWriteTransactionAsync(second, CancellationToken.None);
        });
        await entered.Task;
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted, "The second writer got the lock while the first held it.");
        await holding.CommitAsync();
        var released = Stopwatch.StartNew();
        await using var got = await waiting;
        released.Stop();

        // SQLite's own handler sleeps a full second at the first collision: the writer would still be asleep now.
        Assert.True(released.ElapsedMilliseconds < 500, $"The second writer got the lock {released.ElapsedMilliseconds} ms after it was released.");
        await holding.DisposeAsync();
    }

    [Fact]
    public void PauseMilliseconds_FollowsSqlitesScheduleAndAddsUpToTheTimeout()
    {
        Assert.Equal(1, SqliteBusyWait.PauseMilliseconds(0, 5_000));
        Assert.Equal(100, SqliteBusyWait.PauseMilliseconds(11, 5_000));
        Assert.Equal(100, SqliteBusyWait.PauseMilliseconds(40, 5_000));

        var total = 0;
        for (var attempts = 0; SqliteBusyWait.PauseMilliseconds(attempts, 5_000) is var pause and > 0; attempts++)
        {
            total += pause;
        }

        Assert.Equal(5_000, total);
        Assert.Equal(0, SqliteBusyWait.PauseMilliseconds(0, 0));
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
