using System.Diagnostics;
using System.Globalization;

namespace SharpCharge.LoadBench;

/// <summary>
/// A program the benchmark runs (server, baseline, simulator), optionally pinned to one core with taskset. Output
/// lines go to a callback; disposing kills what is still running, so no process outlives the benchmark.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string Name { get; private init; } = "";

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c>.</summary>
    public static ChildProcess StartDotnet(string name, string dll, IEnumerable<string> arguments, int? core, IReadOnlyDictionary<string, string>? environment, Action<string>? onLine)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is not built: run bench/load/run.sh (it builds Release first) or pass --configuration.", dll);
        }

        // The program's own folder, where it finds its appsettings.json.
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)! };
        if (core is { } c)
        {
            start.FileName = "taskset";
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(c.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add("dotnet");
        }
        else
        {
            start.FileName = "dotnet";
        }

        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(process) { Name = name };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { onLine?.Invoke(line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { onLine?.Invoke(line); } };
        process.Exited += (_, _) => child._exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Asks the program to stop as Ctrl+C would (it then writes its summary).</summary>
    public async Task InterruptAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>Waits for the exit; false when <paramref name="timeout"/> passed first.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout)
    {
        try
        {
            await _exited.Task.WaitAsync(timeout).ConfigureAwait(false);
            await _process.WaitForExitAsync().ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Interrupts, then kills after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        await InterruptAsync().ConfigureAwait(false);
        if (!await WaitAsync(grace).ConfigureAwait(false))
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    public int ExitCode => _process.ExitCode;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }
}
