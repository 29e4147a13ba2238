using System.Diagnostics;
using System.Globalization;
using SharpCharge.Ocpp.Diagnostics;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Bench;

/// <summary>
/// The trace-cost comparison of <see cref="TraceCostIncomingBenchmarks"/> measured in processor time instead of wall-clock
/// time, for a machine so busy that wall-clock figures only show how long the benchmark waited for a core: each mode
/// runs in turns (so drift hits all of them alike), and the median of the turns is reported in CPU nanoseconds per frame.
/// Run with <c>trace-cpu-time</c> as the first argument.
/// </summary>
internal static class TraceCostCpuTime
{
    private const int Turns = 15;
    private const int FramesPerTurn = 50_000;

    public static async Task RunAsync(TextWriter output)
    {
        using var modes = new TraceModes();
        var frame = BenchFrames.Heartbeat;
        (string Name, OcppConnection Connection)[] connections =
        [
            ("NoTrace", Connect(null)),
            ("TraceFilteredOut", Connect(modes.FilteredOut())),
            ("TraceWarningOnly", Connect(modes.WarningOnly())),
            ("TraceDebugToNullSink", Connect(modes.DebugToNullSink())),
        ];
        var samples = connections.Select(_ => new List<double>()).ToArray();
        var process = Process.GetCurrentProcess();
        for (var turn = -2; turn < Turns; turn++)
        {
            for (var i = 0; i < connections.Length; i++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var n = 0; n < FramesPerTurn; n++)
                {
                    await connections[i].Connection.ReceiveFrameForBenchmark(frame);
                }

                process.Refresh();
                if (turn >= 0)
                {
                    // The first two turns warm up (JIT tiers, caches) and are not counted.
                    samples[i].Add((process.TotalProcessorTime - before).TotalNanoseconds / FramesPerTurn);
                }
            }
        }

        var baseline = Median(samples[0]);
        output.WriteLine("| Method | CPU median (ns/frame) | CPU min (ns/frame) | Ratio (median) |");
        output.WriteLine("|---|---:|---:|---:|");
        for (var i = 0; i < connections.Length; i++)
        {
            var median = Median(samples[i]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {connections[i].Name} | {median:0} | {samples[i].Min():0} | {median / baseline:0.00} |"));
            await connections[i].Connection.DisposeAsync();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static OcppConnection Connect(OcppProtocolTrace? trace)
    {
        var sink = new SinkTransport { Capture = false };
        return new OcppConnection(
            sink,
            OcppRouter.Create(V201.V201Actions.Catalogue, new BenchHandlers.Central201()),
            new OcppConnectionOptions { Name = "CP-BENCH-1", ProtocolTrace = trace });
    }
}
