using BenchmarkDotNet.Attributes;
using SharpCharge.Ocpp.Diagnostics;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Bench;

/// <summary>
/// What the protocol trace costs on the central system's side of one incoming CALL: the frame as the receive loop
/// hands it over (trace of the received frame, parse, validate, handler, CALLRESULT, trace of the sent frame), with
/// no thread hops, so differences of a few nanoseconds show. Baseline: the same connection with no trace at all.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TraceCostIncomingBenchmarks
{
    private readonly TraceModes _modes = new();
    private readonly List<OcppConnection> _connections = [];
    private byte[] _heartbeat = null!;
    private OcppConnection _noTrace = null!;
    private OcppConnection _filteredOut = null!;
    private OcppConnection _warningOnly = null!;
    private OcppConnection _debugToNullSink = null!;

    [GlobalSetup]
    public void Setup()
    {
        _heartbeat = BenchFrames.Heartbeat;
        _noTrace = Connect(null);
        _filteredOut = Connect(_modes.FilteredOut());
        _warningOnly = Connect(_modes.WarningOnly());
        _debugToNullSink = Connect(_modes.DebugToNullSink());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var connection in _connections)
        {
            connection.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _modes.Dispose();
    }

    [Benchmark(Baseline = true)]
    public ValueTask NoTrace() => _noTrace.ReceiveFrameForBenchmark(_heartbeat);

    [Benchmark]
    public ValueTask TraceFilteredOut() => _filteredOut.ReceiveFrameForBenchmark(_heartbeat);

    [Benchmark]
    public ValueTask TraceWarningOnly() => _warningOnly.ReceiveFrameForBenchmark(_heartbeat);

    [Benchmark]
    public ValueTask TraceDebugToNullSink() => _debugToNullSink.ReceiveFrameForBenchmark(_heartbeat);

    private OcppConnection Connect(OcppProtocolTrace? trace)
    {
        var sink = new SinkTransport();
        var connection = new OcppConnection(
            sink,
            OcppRouter.Create(V201.V201Actions.Catalogue, new BenchHandlers.Central201()),
            new OcppConnectionOptions { Name = "CP-BENCH-1", ProtocolTrace = trace });
        _connections.Add(connection);

        // The frame must take the success path, or the rows would compare CALLERRORs.
        connection.ReceiveFrameForBenchmark(_heartbeat).AsTask().GetAwaiter().GetResult();
        var answer = sink.LastMessage ?? [];
        if (answer.Length < 2 || answer[1] != (byte)'3')
        {
            throw new InvalidOperationException($"The benchmark frame was not answered with a CALLRESULT: {System.Text.Encoding.UTF8.GetString(answer)}");
        }

        sink.Capture = false;
        return connection;
    }
}
