using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SharpCharge.LoadBench;

/// <summary>
/// What the load is driven against: the baseline responder, or the central system on SQLite or PostgreSQL. Each
/// <see cref="StartAsync"/> starts a new process; <c>fresh</c> also gives it an empty database, otherwise it keeps the
/// previous one (a restart).
/// </summary>
internal sealed class ServerTarget(string name, BenchOptions options, PostgresCluster? postgres, string workFolder, Action<string> log) : IAsyncDisposable
{
    private ChildProcess? _process;
    private string? _sqlitePath;
    private string? _postgresDatabase;
    private string? _postgresConnection;
    private int _starts;

    /// <summary><c>baseline</c>, <c>csms-sqlite</c> or <c>csms-postgres</c>.</summary>
    public string Name { get; } = name;

    public bool IsBaseline => Name == "baseline";

    public bool HasStorage => !IsBaseline;

    public int OcppPort { get; private set; }

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"{Name} is not running.");

    public Uri OcppUri => new(string.Create(CultureInfo.InvariantCulture, $"ws://127.0.0.1:{OcppPort}/ocpp"));

    public async Task StartAsync(bool fresh)
    {
        await StopAsync().ConfigureAwait(false);
        OcppPort = FreePort();
        int? core = options.Pin && Environment.ProcessorCount > 1 ? 0 : null;
        if (IsBaseline)
        {
            var dll = Path.Combine(options.Root, "bench", "SharpCharge.Baseline", "bin", options.Configuration, "net10.0", "SharpCharge.Baseline.dll");
            _process = ChildProcess.StartDotnet(Name, dll, [OcppPort.ToString(CultureInfo.InvariantCulture)], core, null, line => log($"    [{Name}] {line}"));
            await WaitForPortAsync(OcppPort).ConfigureAwait(false);
            return;
        }

        var environment = new Dictionary<string, string>
        {
            ["Http__ListenAddress"] = "127.0.0.1",
            ["Ocpp__UnknownChargers"] = "Accept",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",

            // A benchmark charger sends back to back, hundreds of messages a second; the per-charger throttle (50/s
            // by default, against abusive chargers) would make every throughput figure the configured limit.
            ["Ocpp__Limits__MessagesPerSecond"] = "0",
        };
        if (Name == "csms-postgres")
        {
            if (fresh || _postgresDatabase is null)
            {
                (_postgresDatabase, _postgresConnection) = await postgres!.CreateDatabaseAsync().ConfigureAwait(false);
            }

            environment["Storage__Provider"] = "Postgres";
            environment["Storage__ConnectionString"] = _postgresConnection!;
        }
        else
        {
            if (fresh || _sqlitePath is null)
            {
                _sqlitePath = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"{Name}-{++_starts}.db"));
            }

            environment["Storage__Provider"] = "Sqlite";
            environment["Storage__ConnectionString"] = $"Data Source={_sqlitePath}";
        }

        var httpPort = FreePort();
        environment["Http__Port"] = httpPort.ToString(CultureInfo.InvariantCulture);
        environment["Ocpp__Port"] = OcppPort.ToString(CultureInfo.InvariantCulture);
        var csms = Path.Combine(options.CsmsFolder ?? Path.Combine(options.Root, "src", "SharpCharge.Csms", "bin", options.Configuration, "net10.0"), "SharpCharge.Csms.dll");
        _process = ChildProcess.StartDotnet(Name, csms, [], core, environment, line => log($"    [{Name}] {line}"));
        await WaitForReadyAsync(httpPort).ConfigureAwait(false);
    }

    /// <summary>The database's size in bytes.</summary>
    public async Task<long> DatabaseSizeAsync()
    {
        if (_postgresDatabase is not null)
        {
            return await postgres!.DatabaseSizeAsync(_postgresDatabase).ConfigureAwait(false);
        }

        if (_sqlitePath is null)
        {
            return 0;
        }

        // The pages in use, write-ahead log included, read beside the running server: the file itself lags behind
        // until a checkpoint, and the log's size is reused space, not data.
        SQLitePCL.Batteries_V2.Init();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_sqlitePath};Pooling=False");
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM pragma_page_size())";
        return Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        await _process.StopAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        await _process.DisposeAsync().ConfigureAwait(false);
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task WaitForReadyAsync(int httpPort)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} while starting; its output is above.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}/health/ready"))).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException($"{Name} was not ready within 90 s.");
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        throw new TimeoutException($"{Name} did not listen on {port} within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
