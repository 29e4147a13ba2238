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

    /// <summary>
    /// A database in a folder of its own: deleting the folder means a write that arrives late (a charger's last
    /// message while the host stops) fails instead of quietly creating an empty file again.
    /// </summary>
    public static string NewDatabasePath()
        => Path.Combine(Directory.CreateTempSubdirectory("sharpcharge-demo-").FullName, "demo.db");

    /// <summary>A random password for the demo's admin: never a fixed default, shown once at start.</summary>
    public static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, PasswordLength);

    /// <summary>Deletes the throw-away database once the host has stopped (nothing writes to it any more).</summary>
    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        var folder = Path.GetDirectoryName(DatabasePath)!;
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A last write raced the delete; this runs again when the host is disposed.
        }
    }
}
