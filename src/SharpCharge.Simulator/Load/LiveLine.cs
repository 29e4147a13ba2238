using System.Globalization;

namespace SharpCharge.Simulator.Load;

/// <summary>The load run's live line, once a second: connected, booted, messages/s, latency p50/p99 over that second, errors.</summary>
internal sealed class LiveLine(LoadStats stats, TimeProvider time, TextWriter output, bool quiet) : IDisposable
{
    private readonly PeriodicTimer _timer = new(TimeSpan.FromSeconds(1), time);

    public async Task RunAsync(CancellationToken stop)
    {
        var previous = stats.Latency.Snapshot();
        var previousCalls = stats.Calls;
        try
        {
            while (await _timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                var now = stats.Latency.Snapshot();
                var window = LatencyHistogram.Subtract(now, previous);
                var calls = stats.Calls;
                if (!quiet)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"connected {stats.Connected} booted {stats.Booted} msgs/s {calls - previousCalls} p50 {LatencyHistogram.PercentileMs(window, 50):0.00} ms p99 {LatencyHistogram.PercentileMs(window, 99):0.00} ms errors {stats.Errors}"));
                }

                previous = now;
                previousCalls = calls;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    public void Dispose() => _timer.Dispose();
}
