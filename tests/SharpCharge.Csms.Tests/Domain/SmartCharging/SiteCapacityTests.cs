using SharpCharge.Csms.Domain.SmartCharging;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Tests.Domain.SmartCharging;

public sealed class SiteCapacityTests
{
    private static readonly Station Site = new("S1", "Depot") { CapacityKw = 2_900, PeakLimit = new TimeOfDayLimit(1_500m, new TimeOnly(17, 0), new TimeOnly(20, 0)) };

    [Theory]
    [InlineData(16, 59, 2_900_000)]
    [InlineData(17, 0, 1_500_000)]
    [InlineData(19, 59, 1_500_000)]
    [InlineData(20, 0, 2_900_000)]
    public void LimitW_WithinTheTimeOfDayWindow_IsTheLowerLimit(int hour, int minute, int expectedW)
        => Assert.Equal(expectedW, SiteCapacity.LimitW(Site, new DateTimeOffset(2025, 6, 2, hour, minute, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(23, 30, true)]
    [InlineData(2, 0, true)]
    [InlineData(6, 0, false)]
    [InlineData(12, 0, false)]
    public void TimeOfDayLimit_EndingBeforeItStarts_RunsOverMidnight(int hour, int minute, bool applies)
        => Assert.Equal(applies, new TimeOfDayLimit(100m, new TimeOnly(22, 0), new TimeOnly(6, 0)).AppliesAt(new DateTimeOffset(2025, 6, 2, hour, minute, 0, TimeSpan.Zero)));

    [Fact]
    public void LimitW_WithoutCapacity_IsNullSoTheSiteIsNotBalanced()
        => Assert.Null(SiteCapacity.LimitW(Site with { CapacityKw = null }, DateTimeOffset.UnixEpoch));
}
