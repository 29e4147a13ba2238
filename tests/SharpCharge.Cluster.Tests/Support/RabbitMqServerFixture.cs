namespace SharpCharge.Cluster.Tests.Support;

/// <summary>
/// A real RabbitMQ broker for the cluster tests. With <c>SHARPCHARGE_TEST_RABBITMQ</c> set (an amqp:// URI) that broker
/// is used. Otherwise a throw-away node of Debian's rabbitmq-server runs from a temp folder: bound to 127.0.0.1 on free
/// ports (AMQP and distribution), its own node name, data, logs and Erlang cookie, started detached and awaited with
/// <c>rabbitmqctl wait</c>; shut down and deleted at the end. Without RabbitMQ the tests fail with the install command.
/// </summary>
public sealed class RabbitMqServerFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "SHARPCHARGE_TEST_RABBITMQ";
    public const string InstallHint =
        "RabbitMQ is not installed, and the cluster tests need a real broker. Install it with " +
        "`apt-get update && apt-get install -y rabbitmq-server` (nothing needs to be started), or set " + EnvironmentVariable + " to an amqp:// URI.";

    private const string Bin = "/usr/lib/rabbitmq/bin";
    private string? _root;
    private Dictionary<string, string>? _environment;
    private bool _started;

    public string Uri { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            Uri = external;
            return;
        }

        if (!File.Exists(Path.Combine(Bin, "rabbitmq-server")))
        {
            throw new InvalidOperationException(InstallHint);
        }

        _root = Path.Combine(Path.GetTempPath(), $"sharpcharge-rmq-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_root);
        var port = ExternalProcess.FreePort();
        var config = Path.Combine(_root, "rabbitmq.conf");
        // loopback_users = none: the default guest user may connect (only over loopback anyway, as bound here).
        await File.WriteAllTextAsync(config, $"listeners.tcp.default = 127.0.0.1:{port}\nloopback_users = none\n");
        var pidFile = Path.Combine(_root, "rabbit.pid");
        _environment = new Dictionary<string, string>
        {
            ["HOME"] = _root,
            ["RABBITMQ_CONFIG_FILE"] = config,
            ["RABBITMQ_NODENAME"] = $"sharpcharge-{Guid.NewGuid():N}@localhost",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_root, "log"),
            ["RABBITMQ_PID_FILE"] = pidFile,
            ["RABBITMQ_DIST_PORT"] = ExternalProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_root, "enabled_plugins"),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        };
        await ExternalProcess.RunAsync(Path.Combine(Bin, "rabbitmq-server"), ["-detached"], _environment);
        _started = true;
        await ExternalProcess.RunAsync(Path.Combine(Bin, "rabbitmqctl"), ["wait", pidFile, "--timeout", "120"], _environment, TimeSpan.FromSeconds(150));
        Uri = $"amqp://guest:guest@127.0.0.1:{port}/";
    }

    public async Task DisposeAsync()
    {
        if (_started && _environment is not null)
        {
            await ExternalProcess.RunAsync(Path.Combine(Bin, "rabbitmqctl"), ["shutdown"], _environment, TimeSpan.FromSeconds(60));
        }

        if (_root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
