using BenchmarkDotNet.Attributes;
using SharpCharge.Ocpp.Diagnostics;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Bench;

/// <summary>
/// What the protocol trace costs on a whole CALL: the charger's <c>CallAsync</c> of a Heartbeat to a central system
/// over the in-memory transport and back (as <see cref="RoundTripBenchmarks"/>), with the central side's trace absent,
/// configured but filtered out, at WARNING (nothing written for a successful CALL), or at DEBUG into a null sink.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TraceCostRoundTripBenchmarks
{
    private static readonly V201.HeartbeatRequest Request = new();
    private readonly TraceModes _modes = new();
    private readonly List<(OcppConnection Charger, OcppConnection Central, Task Runs)> _pairs = [];
    private OcppConnection _noTrace = null!;
    private OcppConnection _filteredOut = null!;
    private OcppConnection _warningOnly = null!;
    private OcppConnection _debugToNullSink = null!;

    [GlobalSetup]
    public void Setup()
    {
        _noTrace = Connect(null);
        _filteredOut = Connect(_modes.FilteredOut());
        _warningOnly = Connect(_modes.WarningOnly());
        _debugToNullSink = Connect(_modes.DebugToNullSink());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (charger, central, runs) in _pairs)
        {
            charger.DisposeAsync().AsTask().GetAwaiter().GetResult();
            central.DisposeAsync().AsTask().GetAwaiter().GetResult();
            runs.GetAwaiter().GetResult();
        }

        _modes.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<DateTimeOffset> NoTrace() => (await _noTrace.CallAsync(Request)).CurrentTime;

    [Benchmark]
    public async Task<DateTimeOffset> TraceFilteredOut() => (await _filteredOut.CallAsync(Request)).CurrentTime;

    [Benchmark]
    public async Task<DateTimeOffset> TraceWarningOnly() => (await _warningOnly.CallAsync(Request)).CurrentTime;

    [Benchmark]
    public async Task<DateTimeOffset> TraceDebugToNullSink() => (await _debugToNullSink.CallAsync(Request)).CurrentTime;

    /// <summary>A charger connection whose central side carries <paramref name="trace"/>.</summary>
    private OcppConnection Connect(OcppProtocolTrace? trace)
    {
        var (a, b) = InMemoryOcppTransport.CreatePair();
        var charger = new OcppConnection(a, OcppRouter.Create(V201.V201Actions.Catalogue));
        var central = new OcppConnection(
            b,
            OcppRouter.Create(V201.V201Actions.Catalogue, new BenchHandlers.Central201()),
            new OcppConnectionOptions { Name = "CP-BENCH-1", ProtocolTrace = trace });
        _pairs.Add((charger, central, Task.WhenAll(charger.RunAsync(), central.RunAsync())));
        return charger;
    }
}
