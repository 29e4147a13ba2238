using System.Globalization;
using System.Text.Json;

namespace SharpCharge.Simulator.Load;

/// <summary>
/// Runs a load test: starts <see cref="LoadSettings.Count"/> stations at the ramp rate, lets them send for
/// <see cref="LoadSettings.Duration"/>, prints a live line every second and returns the summary.
/// </summary>
internal sealed class LoadRunner(LoadSettings settings, TimeProvider time, TextWriter output)
{
    public LoadStats Stats { get; } = new();

    public async Task<LoadSummary> RunAsync(CancellationToken cancellationToken)
    {
        using var connector = new SourceBoundConnector(settings.Csms, settings.Version, settings.Password, settings.SourceAddresses, settings.CallTimeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(settings.Duration);
        var started = time.GetTimestamp();
        var clients = new List<Task>(settings.Count);
        using var live = new LiveLine(Stats, time, output, settings.Quiet);
        var reporting = live.RunAsync(stop.Token);
        var measuring = settings.Warmup > TimeSpan.Zero || settings.Measure is not null ? StartMeasuringAsync(stop) : Task.CompletedTask;
        var batch = Math.Max(1, settings.RampPerSecond / 10);
        for (var i = 0; i < settings.Count && !stop.IsCancellationRequested; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{settings.IdPrefix}{i + 1:00000}");
            clients.Add(new LoadClient(id, settings, connector, Stats, time).RunAsync(stop.Token));
            if ((i + 1) % batch == 0)
            {
                // A tenth of a second per tenth of the ramp rate: the stations spread evenly over each second.
                await Wait(TimeSpan.FromSeconds(0.1 * batch * 10 / settings.RampPerSecond), stop.Token).ConfigureAwait(false);
            }
        }

        await Wait(Timeout.InfiniteTimeSpan, stop.Token).ConfigureAwait(false);
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        await Task.WhenAll(clients).ConfigureAwait(false);
        await reporting.ConfigureAwait(false);
        await measuring.ConfigureAwait(false);
        var summary = Summary(started, seconds);
        if (!settings.Quiet)
        {
            output.WriteLine(JsonSerializer.Serialize(summary, SimulatorJsonContext.Default.LoadSummary));
        }

        return summary;
    }

    /// <summary>
    /// Starts the measured window <see cref="LoadSettings.Warmup"/> after every station is up (or has failed), so a slow
    /// ramp never eats into it, and ends the run <see cref="LoadSettings.Measure"/> later.
    /// </summary>
    private async Task StartMeasuringAsync(CancellationTokenSource stop)
    {
        while (!stop.IsCancellationRequested && Stats.Booted + Stats.Errors < settings.Count)
        {
            await Wait(TimeSpan.FromMilliseconds(50), stop.Token).ConfigureAwait(false);
        }

        await Wait(settings.Warmup, stop.Token).ConfigureAwait(false);
        if (stop.IsCancellationRequested)
        {
            return;
        }

        Stats.StartMeasuring(time.GetTimestamp());
        if (settings.Measure is { } measure)
        {
            stop.CancelAfter(measure);
        }
    }

    private LoadSummary Summary(long started, double seconds)
    {
        var latency = Stats.MeasuredLatency();
        if (Stats.MeasuredFromTimestamp != 0)
        {
            seconds -= (Stats.MeasuredFromTimestamp - started) / (double)time.TimestampFrequency;
        }

        double? allBooted = Stats.Booted == settings.Count
            ? Math.Round((Stats.LastBootTimestamp - started) / (double)time.TimestampFrequency, 3)
            : null;
        return new LoadSummary(
            Version: Fleet.VersionText.Format(settings.Version),
            Mix: settings.Mix.ToString(),
            Stations: settings.Count,
            Connected: Stats.Connected,
            Booted: Stats.Booted,
            ConnectFailures: Stats.ConnectFailures,
            BootRejected: Stats.BootRejected,
            Calls: Stats.Calls,
            MeasuredCalls: Stats.MeasuredCalls,
            CallErrors: Stats.CallErrors,
            Timeouts: Stats.Timeouts,
            Disconnects: Stats.Disconnects,
            AllBootedSeconds: allBooted,
            Seconds: Math.Round(seconds, 2),
            CallsPerSecond: Math.Round(Stats.MeasuredCalls / Math.Max(seconds, 0.001), 1),
            LatencyMs: new LatencySummary(
                LatencyHistogram.PercentileMs(latency, 50),
                LatencyHistogram.PercentileMs(latency, 90),
                LatencyHistogram.PercentileMs(latency, 95),
                LatencyHistogram.PercentileMs(latency, 99),
                LatencyHistogram.PercentileMs(latency, 99.9),
                LatencyHistogram.PercentileMs(latency, 100)));
    }

    /// <summary>Waits on the injected clock; returns quietly when the run ends first.</summary>
    private async Task Wait(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The duration is over (or the user pressed Ctrl+C).
        }
    }
}
