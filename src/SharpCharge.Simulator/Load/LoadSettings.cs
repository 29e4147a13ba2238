using System.Net;
using SharpCharge.Ocpp;

namespace SharpCharge.Simulator.Load;

/// <summary>What <c>load</c> runs, checked by the command line.</summary>
internal sealed record LoadSettings
{
    public required Uri Csms { get; init; }

    public OcppVersion Version { get; init; } = OcppVersion.V16;

    public int Count { get; init; } = 1000;

    public string IdPrefix { get; init; } = "LOAD";

    public string? Password { get; init; }

    /// <summary>Stations connected per second.</summary>
    public int RampPerSecond { get; init; } = 500;

    /// <summary>Local addresses to connect from, in turn; empty lets the OS choose.</summary>
    public IReadOnlyList<IPAddress> SourceAddresses { get; init; } = [];

    public MessageMix Mix { get; init; } = MessageMix.Heartbeat;

    /// <summary>Pause between one answer and a station's next call; zero sends back to back.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.Zero;

    /// <summary>Real time to keep sending once the ramp has started.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Calls per second that all stations together aim for, each on its own steady schedule (open loop, so a slow
    /// answer does not hide the wait it causes); null sends back to back (or after <see cref="Interval"/>).
    /// </summary>
    public double? Rate { get; init; }

    /// <summary>Time from the moment every station is up before the summary starts counting calls and round trips.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.Zero;

    /// <summary>How long to count once the warm-up is over; the run then ends (<see cref="Duration"/> stays an upper bound).</summary>
    public TimeSpan? Measure { get; init; }

    /// <summary>Whether a station whose connection attempt fails tries again after a back-off (a fleet coming back after an outage).</summary>
    public bool RetryConnect { get; init; }

    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool Quiet { get; init; }

    public string? JsonSummaryPath { get; init; }

    /// <summary>The protocol trace every station writes to; null writes none.</summary>
    public Ocpp.Diagnostics.OcppProtocolTrace? ProtocolTrace { get; init; }
}
