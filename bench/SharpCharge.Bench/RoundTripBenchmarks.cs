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
[MemoryDiagnoser]
public class RoundTripBenchmarks
{
    private static readonly V201.HeartbeatRequest Request = new();
    private OcppConnection _charger = null!;
    private OcppConnection _central = null!;
    private Task _runs = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (a, b) = InMemoryOcppTransport.CreatePair();
        _charger = new OcppConnection(a, OcppRouter.Create(V201.V201Actions.Catalogue));
        _central = new OcppConnection(b, OcppRouter.Create(V201.V201Actions.Catalogue, new BenchHandlers.Central201()));
        _runs = Task.WhenAll(_charger.RunAsync(), _central.RunAsync());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _charger.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _central.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _runs.GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<DateTimeOffset> HeartbeatRoundTrip201() => (await _charger.CallAsync(Request)).CurrentTime;
}
