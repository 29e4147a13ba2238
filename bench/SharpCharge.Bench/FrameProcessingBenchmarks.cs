using BenchmarkDotNet.Attributes;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;
using V21 = SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Bench;

/// <summary>
/// One incoming CALL through the whole receive path of a connection: parse the frame, validate the payload
/// against its schema, read it into the message type, dispatch to the handler, validate and serialize the
/// CALLRESULT, hand it to the transport. No socket: the transport only counts bytes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FrameProcessingBenchmarks
{
    private OcppConnection _connection = null!;
    private SinkTransport _sink = null!;
    private byte[] _heartbeat = null!;
    private byte[] _meterValues = null!;
    private byte[] _transaction = null!;

    [Params(OcppVersion.V16, OcppVersion.V201, OcppVersion.V21)]
    public OcppVersion Version { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var router = Version switch
        {
            OcppVersion.V16 => OcppRouter.Create(V16.V16Actions.Catalogue, new BenchHandlers.Central16()),
            OcppVersion.V201 => OcppRouter.Create(V201.V201Actions.Catalogue, new BenchHandlers.Central201()),
            _ => OcppRouter.Create(V21.V21Actions.Catalogue, new BenchHandlers.Central21()),
        };
        _sink = new SinkTransport();
        _connection = new OcppConnection(_sink, router);
        _heartbeat = BenchFrames.Heartbeat;
        _meterValues = BenchFrames.MeterValues(Version);
        _transaction = BenchFrames.Transaction(Version);

        // Each frame must take the success path: a frame the schema refuses would measure the CALLERROR instead.
        foreach (var frame in new[] { _heartbeat, _meterValues, _transaction })
        {
            _connection.ProcessFrameForBenchmark(frame).AsTask().GetAwaiter().GetResult();
            var answer = _sink.LastMessage ?? [];
            if (answer.Length < 2 || answer[1] != (byte)'3')
            {
                throw new InvalidOperationException($"The benchmark frame was not answered with a CALLRESULT: {System.Text.Encoding.UTF8.GetString(answer)}");
            }
        }

        _sink.Capture = false;
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public ValueTask Heartbeat() => _connection.ProcessFrameForBenchmark(_heartbeat);

    [Benchmark]
    public ValueTask MeterValues10() => _connection.ProcessFrameForBenchmark(_meterValues);

    [Benchmark]
    public ValueTask TransactionEvent() => _connection.ProcessFrameForBenchmark(_transaction);
}
