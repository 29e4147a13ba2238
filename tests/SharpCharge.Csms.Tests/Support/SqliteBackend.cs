using Microsoft.Data.Sqlite;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Tests.Support;

/// <summary>A fresh SQLite file in the temp folder, deleted (with its WAL files) afterwards.</summary>
internal sealed class SqliteBackend : StorageBackend
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sharpcharge-test-{Guid.NewGuid():N}.db");

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string ConnectionString => $"Data Source={_path}";

    public string FilePath => _path;

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
