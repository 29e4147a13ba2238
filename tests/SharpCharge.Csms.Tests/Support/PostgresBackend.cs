using Npgsql;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Tests.Support;

/// <summary>A fresh schema in the test server's database (found through the search path), dropped afterwards.</summary>
internal sealed class PostgresBackend : StorageBackend
{
    private readonly string _adminConnectionString;
    private readonly string _schema;

    private PostgresBackend(string adminConnectionString, string schema, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        _schema = schema;
        ConnectionString = connectionString;
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string ConnectionString { get; }

    public static async Task<PostgresBackend> CreateAsync(PostgresServerFixture server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var schema = $"t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = schema, Pooling = true };
        return new PostgresBackend(server.ConnectionString, schema, builder.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
