using Npgsql;

namespace SharpCharge.Cluster.Tests.Support;

/// <summary>A fresh database on the test server per test, so tests never see each other's chargers or leases.</summary>
internal static class TestDatabase
{
    public static async Task<string> CreateAsync(string serverConnectionString)
    {
        var name = $"cluster_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }
}
