using BenchmarkDotNet.Attributes;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Bench;

/// <summary>
/// A whole Heartbeat round trip between two connections over the in-memory transport: the charger's
/// CallAsync writes and validates the CALL, the central system's receive loop processes it and answers,
/// the charger's loop matches the CALLRESULT and completes the call. Includes the thread-pool hops of two
/// receive loops, so it is the figure a real call pays above the socket.
/// </summary>
/// <remarks>
/// The baseline is the same in-memory pipe carrying the same bytes there and back with no OCPP at all (an echo
/// loop), so the ratio shows what the protocol layer adds on top of the transport and the thread hops.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class RoundTripBenchmarks
{
    private static readonly V201.HeartbeatRequest Request = new();
    private static readonly byte[] HeartbeatFrame = """[2,"5f2a91c0-17","Heartbeat",{}]"""u8.ToArray();
    private OcppConnection _charger = null!;
    private OcppConnection _central = null!;
    private Task _runs = null!;
    private InMemoryOcppTransport _echoClient = null!;
    private InMemoryOcppTransport _echoServer = null!;
    private Task _echo = null!;
    private readonly SharpCharge.Ocpp.Buffers.PooledBufferWriter _echoBuffer = new();

    [GlobalSetup]
    public void Setup()
    {
        var (a, b) = InMemoryOcppTransport.CreatePair();
        _charger = new OcppConnection(a, OcppRouter.Create(V201.V201Actions.Catalogue));
        _central = new OcppConnection(b, OcppRouter.Create(V201.V201Actions.Catalogue, new BenchHandlers.Central201()));
        _runs = Task.WhenAll(_charger.RunAsync(), _central.RunAsync());
        (_echoClient, _echoServer) = InMemoryOcppTransport.CreatePair();
        _echo = EchoAsync(_echoServer);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _charger.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _central.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _runs.GetAwaiter().GetResult();
        _echoClient.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _echo.GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> TransportOnlyRoundTrip()
    {
        await _echoClient.SendAsync(HeartbeatFrame, CancellationToken.None);
        var result = await _echoClient.ReceiveAsync(_echoBuffer, CancellationToken.None);
        _echoBuffer.Clear();
        return result.Length;
    }

    private static async Task EchoAsync(InMemoryOcppTransport server)
    {
        var buffer = new SharpCharge.Ocpp.Buffers.PooledBufferWriter();
        while ((await server.ReceiveAsync(buffer, CancellationToken.None)).Status == OcppReceiveStatus.Message)
        {
            await server.SendAsync(buffer.WrittenMemory, CancellationToken.None);
            buffer.Clear();
        }
    }

    [Benchmark]
    public async Task<DateTimeOffset> HeartbeatRoundTrip201() => (await _charger.CallAsync(Request)).CurrentTime;
}
