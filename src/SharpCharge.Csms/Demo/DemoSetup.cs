using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using SharpCharge.Csms.Hosting;

namespace SharpCharge.Csms.Demo;

/// <summary>
/// What the demo mode decided while the host was built: the throw-away database, the first admin's login and the
/// address the in-process chargers and the banner use.
/// </summary>
internal sealed class DemoSetup
{
    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int PasswordLength = 16;

    public DemoSetup(string databasePath, string adminUser, string adminPasswordText, string listenAddress)
    {
        DatabasePath = databasePath;
        AdminUser = adminUser;
        AdminPasswordText = adminPasswordText;
        LoopbackHost = listenAddress switch
        {
            "*" or "0.0.0.0" or "" => "127.0.0.1",
            "::" => "[::1]",
            var ip when ip.Contains(':', StringComparison.Ordinal) => $"[{ip}]",
            var ip => ip,
        };
    }

    public string DatabasePath { get; }

    public string AdminUser { get; }

    /// <summary>The generated password, or a note saying the configured one applies.</summary>
    public string AdminPasswordText { get; }

    /// <summary>Where this process reaches its own listeners.</summary>
    public string LoopbackHost { get; }

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"sharpcharge-demo-{Guid.NewGuid():N}.db");

    /// <summary>A random password for the demo's admin: never a fixed default, shown once at start.</summary>
    public static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, PasswordLength);

    /// <summary>Deletes the throw-away database once the host has stopped (nothing writes to it any more).</summary>
    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
