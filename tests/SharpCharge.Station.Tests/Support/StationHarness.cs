using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Tests.Support;

namespace SharpCharge.Station.Tests.Support;

/// <summary>A station on a manual clock, connected in memory to a minimal central system.</summary>
internal sealed class StationHarness : IAsyncDisposable
{
    private StationHarness(ManualTimeProvider time, InMemoryStationConnector connector, ChargingStation station)
    {
        Time = time;
        Connector = connector;
        Station = station;
        Recorder = new StationRecorder(station);
    }

    public ManualTimeProvider Time { get; }

    public InMemoryStationConnector Connector { get; }

    public ChargingStation Station { get; }

    public StationRecorder Recorder { get; }

    public static ChargingStationOptions Options(OcppVersion version, string id = "CP-1") => new()
    {
        Id = id,
        CsmsUri = new Uri("ws://127.0.0.1:9/ocpp"),
        Version = version,
        RandomSeed = 42,

        // The manual clock jumps in steps; calls must not time out between a request and its answer.
        CallTimeout = TimeSpan.FromHours(1),
    };

    public static async Task<StationHarness> StartAsync(ChargingStationOptions options, Func<TimeProvider, OcppRouter> central)
    {
        var time = new ManualTimeProvider();
        var connector = new InMemoryStationConnector(central(time), time);
        var harness = new StationHarness(time, connector, new ChargingStation(options, time, connector));
        await harness.Station.StartAsync();
        return harness;
    }

    /// <summary>Moves the clock in steps until the condition holds: the station's timers may start a little later than the test.</summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step, int maxSteps = 400)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            if (condition())
            {
                return;
            }

            Time.Advance(step);
            await Task.Delay(5);
        }

        Assert.True(condition(), $"The condition did not hold after {maxSteps} steps of {step}.");
    }

    public async ValueTask DisposeAsync()
    {
        await Station.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
