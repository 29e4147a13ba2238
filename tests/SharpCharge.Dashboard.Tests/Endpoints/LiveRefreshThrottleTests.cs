using SharpCharge.Csms.Dashboard.Endpoints;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Ocpp.Tests.Support;

namespace SharpCharge.Dashboard.Tests.Endpoints;

public sealed class LiveRefreshThrottleTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly LiveRefreshThrottle _throttle;

    public LiveRefreshThrottleTests() => _throttle = new LiveRefreshThrottle(_clock);

    [Fact]
    public void WaitBefore_FirstBatch_GoesOutAtOnce()
    {
        Assert.Equal(TimeSpan.Zero, _throttle.WaitBefore([Event(LiveEventKind.MeterUpdated)]));
    }

    [Fact]
    public void WaitBefore_MeterValuesSoonAfterARefresh_WaitForTheRestOfTheSecond()
    {
        _throttle.Refreshed();
        _clock.Advance(TimeSpan.FromMilliseconds(300));

        Assert.Equal(TimeSpan.FromMilliseconds(700), _throttle.WaitBefore([Event(LiveEventKind.MeterUpdated), Event(LiveEventKind.TransactionUpdated)]));
    }

    [Fact]
    public void WaitBefore_MeterValuesASecondAfterTheLastRefresh_GoOutAtOnce()
    {
        _throttle.Refreshed();
        _clock.Advance(LiveRefreshThrottle.Interval);

        Assert.Equal(TimeSpan.Zero, _throttle.WaitBefore([Event(LiveEventKind.MeterUpdated)]));
    }

    [Theory]
    [InlineData(nameof(LiveEventKind.StatusChanged))]
    [InlineData(nameof(LiveEventKind.ChargerConnected))]
    [InlineData(nameof(LiveEventKind.ChargerDisconnected))]
    [InlineData(nameof(LiveEventKind.TransactionStarted))]
    [InlineData(nameof(LiveEventKind.TransactionEnded))]
    public void WaitBefore_BatchWithAChangeOperatorsWatch_GoesOutAtOnce(string kind)
    {
        _throttle.Refreshed();
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(TimeSpan.Zero, _throttle.WaitBefore([Event(LiveEventKind.MeterUpdated), Event(Enum.Parse<LiveEventKind>(kind))]));
    }

    [Fact]
    public void WaitBefore_20SessionStartingToDrawEnergy_GoesOutAtOnce()
    {
        // A 2.x connector stays Occupied; the update with chargingState Charging is what turns its marker blue.
        _throttle.Refreshed();
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(TimeSpan.Zero, _throttle.WaitBefore([Event(LiveEventKind.MeterUpdated), Event(LiveEventKind.TransactionUpdated) with { ChargingState = "Charging" }]));
    }

    private LiveEvent Event(LiveEventKind kind) => new(kind, "JJC-01", _clock.GetUtcNow());
}
