using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SharpCharge.Csms.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the storage tests, shared by every test of the <see cref="PostgresCollection"/>.
/// With <c>SHARPCHARGE_TEST_POSTGRES</c> set (an Npgsql connection string) that server is used. Otherwise a
/// throw-away cluster is created with Debian's binaries (/usr/lib/postgresql/*/bin): <c>initdb</c> into a temp
/// folder owned by the postgres user, <c>pg_ctl start</c> on 127.0.0.1 and a free port, stopped and deleted at the
/// end. Without PostgreSQL the tests fail (never skip) with the command that installs it.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "SHARPCHARGE_TEST_POSTGRES";
    public const string InstallHint =
        "PostgreSQL is not installed, and the storage tests need a real server. Install it with " +
        "`apt-get update && apt-get install -y postgresql` (the package's server binaries go to /usr/lib/postgresql/<version>/bin; " +
        "nothing needs to be started), or set " + EnvironmentVariable + " to an Npgsql connection string.";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);

    private string? _root;
    private string? _binaries;
    private bool _started;

    /// <summary>Connection string of the test database (the cluster's superuser on a fresh cluster).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            return;
        }

        _binaries = FindBinaries() ?? throw new InvalidOperationException(InstallHint);
        _root = Path.Combine(Path.GetTempPath(), $"sharpcharge-pg-{Guid.NewGuid():N}");
        var data = Path.Combine(_root, "data");
        var sockets = Path.Combine(_root, "sockets");
        Directory.CreateDirectory(sockets);
        if (RunningAsRoot)
        {
            // initdb and the server refuse to run as root: the folder goes to the postgres user the package created.
            await RunAsync("chown", ["-R", "postgres:postgres", _root], asPostgres: false);
        }

        await RunAsync(
            Path.Combine(_binaries, "initdb"),
            ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"],
            asPostgres: true);

        var port = FreePort();
        var serverOptions = string.Create(
            CultureInfo.InvariantCulture,
            $"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c max_connections=200 -c shared_buffers=32MB");
        await RunAsync(
            Path.Combine(_binaries, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start"],
            asPostgres: true);
        _started = true;

        var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE DATABASE sharpcharge_tests", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=sharpcharge_tests";
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started && _binaries is not null && _root is not null)
        {
            await RunAsync(
                Path.Combine(_binaries, "pg_ctl"),
                ["-D", Path.Combine(_root, "data"), "-m", "fast", "-w", "stop"],
                asPostgres: true);
        }

        if (_root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private static string? FindBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.GetDirectories(Root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && RunningAsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", fileName])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = fileName;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {CommandTimeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }
}
