using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SharpCharge.LoadBench;

/// <summary>
/// A throw-away PostgreSQL cluster for the benchmark, made as the tests make theirs (DESIGN.md "Real servers in
/// tests"): initdb into a temp folder owned by the postgres user, pg_ctl start on 127.0.0.1, deleted at the end.
/// Each server start gets its own fresh database.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _binaries;
    private int _databases;

    private PostgresCluster(string root, string binaries, int port)
    {
        _root = root;
        _binaries = binaries;
        Port = port;
    }

    public int Port { get; }

    public static async Task<PostgresCluster> StartAsync()
    {
        var binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (binaries is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed: `apt-get install -y postgresql`, or run with --storage sqlite.");
        }

        var root = Path.Combine(Path.GetTempPath(), $"sharpcharge-bench-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "sockets"));
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["-R", "postgres:postgres", root], asPostgres: false).ConfigureAwait(false);
        }

        var cluster = new PostgresCluster(root, binaries, FreePort());
        await RunAsync(Path.Combine(binaries, "initdb"), ["-D", Path.Combine(root, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8"], asPostgres: true).ConfigureAwait(false);
        // Durable commits (fsync and synchronous_commit stay on): the benchmark measures what production would pay.
        var serverOptions = string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses=127.0.0.1 -p {cluster.Port} -k {Path.Combine(root, "sockets")} -c max_connections=300 -c shared_buffers=128MB");
        await RunAsync(Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(root, "data"), "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start"], asPostgres: true).ConfigureAwait(false);
        return cluster;
    }

    /// <summary>
    /// Creates a new empty database and returns its Npgsql connection string. The pool is Npgsql's default (100), as an
    /// operator would run it: a smaller one made a boot storm's admission reads queue for a connection.
    /// </summary>
    public async Task<(string Name, string ConnectionString)> CreateDatabaseAsync()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"bench_{++_databases}");
        await PsqlAsync("postgres", $"CREATE DATABASE {name}").ConfigureAwait(false);
        return (name, string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}"));
    }

    /// <summary>The database's size on disk (pg_database_size: tables, indexes, TOAST and free space).</summary>
    public async Task<long> DatabaseSizeAsync(string name)
    {
        var text = await PsqlAsync("postgres", $"SELECT pg_database_size('{name}')").ConfigureAwait(false);
        return long.Parse(text.Trim(), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "fast", "-w", "stop"], asPostgres: true).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<string> PsqlAsync(string database, string sql)
        => RunAsync(Path.Combine(_binaries, "psql"), ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", database, "-At", "-c", sql], asPostgres: false);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && Environment.UserName == "root")
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
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr.ConfigureAwait(false)}");
        }

        return await stdout.ConfigureAwait(false);
    }
}
