using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SharpCharge.Cluster.Tests.Support;

/// <summary>
/// One central-system node as a child process: the built SharpCharge.Csms.dll run with <c>dotnet</c>, configured
/// only through environment variables (its own ports, the shared PostgreSQL database and RabbitMQ broker). Its output
/// is kept for the failure message. <see cref="Kill"/> is SIGKILL: nothing of the node gets to clean up.
/// </summary>
internal sealed class CsmsNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CsmsNodeProcess(string nodeId, int apiPort, int ocppPort, Process process)
    {
        NodeId = nodeId;
        ApiPort = apiPort;
        OcppPort = ocppPort;
        _process = process;
    }

    public string NodeId { get; }

    public int ApiPort { get; }

    public int OcppPort { get; }

    public Uri ApiBase => new($"http://127.0.0.1:{ApiPort}");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a node; a restarted node passes its old ports so that chargers find it at the same address.</summary>
    public static CsmsNodeProcess Start(string nodeId, IReadOnlyDictionary<string, string> settings, int? apiPort = null, int? ocppPort = null)
    {
        apiPort ??= ExternalProcess.FreePort();
        ocppPort ??= ExternalProcess.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(CsmsDll)!,
        };
        start.ArgumentList.Add(CsmsDll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["Http__ListenAddress"] = "127.0.0.1";
        start.Environment["Http__Port"] = apiPort.Value.ToString(CultureInfo.InvariantCulture);
        start.Environment["Ocpp__Port"] = ocppPort.Value.ToString(CultureInfo.InvariantCulture);
        start.Environment["Cluster__NodeId"] = nodeId;
        // Timestamps, so that the logs of two nodes can be laid side by side when a run fails.
        start.Environment["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__SharpCharge.Csms.Cluster"] = "Information";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var node = new CsmsNodeProcess(nodeId, apiPort.Value, ocppPort.Value, process);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits until the node answers its readiness check (database reachable, cluster joined).</summary>
    public async Task WaitReadyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Node {NodeId} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(ApiBase, "/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but too busy starting to answer within the client's timeout: ask again.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Node {NodeId} was not ready within {timeout.TotalSeconds} s:\n{Output}");
    }

    /// <summary>SIGKILL: the process dies at once, its sockets are reset, its lease is left to expire.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        // SHARPCHARGE_NODE_LOGS names a folder that keeps every node's output, of passing runs too (for diagnosis).
        if (Environment.GetEnvironmentVariable(LogFolderVariable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{DateTime.UtcNow:HHmmss.fff}-{NodeId}.log"), Output);
        }

        _process.Dispose();
    }

    private const string LogFolderVariable = "SHARPCHARGE_NODE_LOGS";

    /// <summary>The central system's own build output (next to its runtimeconfig and deps), in this build's configuration.</summary>
    private static string CsmsDll
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = directory.Parent?.Name ?? "Debug";
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SharpCharge.slnx")))
            {
                directory = directory.Parent;
            }

            var root = directory?.FullName ?? throw new InvalidOperationException("SharpCharge.slnx not found above " + AppContext.BaseDirectory);
            var dll = Path.Combine(root, "src", "SharpCharge.Csms", "bin", configuration, "net10.0", "SharpCharge.Csms.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build src/SharpCharge.Csms first.");
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
