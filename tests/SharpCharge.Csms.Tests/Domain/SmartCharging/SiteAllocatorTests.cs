using SharpCharge.Csms.Domain.SmartCharging;

namespace SharpCharge.Csms.Tests.Domain.SmartCharging;

/// <summary>How the site's capacity is divided: the policies, the minimum power, and unconfirmed chargers.</summary>
public sealed class SiteAllocatorTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EqualShare_UnderCapacity_GivesEverySessionItsMaximum()
    {
        var limits = SiteAllocator.Allocate(100_000m, [Session("a", 0, 22_000m), Session("b", 1, 22_000m)], BalancingPolicy.EqualShare, 4_200m);

        Assert.Equal(22_000m, limits["a"]);
        Assert.Equal(22_000m, limits["b"]);
    }

    [Fact]
    public void EqualShare_OverCapacity_SharesEquallyAndPassesOnWhatASmallChargerCannotUse()
    {
        var limits = SiteAllocator.Allocate(
            100_000m, [Session("small", 0, 11_000m), Session("b", 1, 150_000m), Session("c", 2, 150_000m)], BalancingPolicy.EqualShare, 4_200m);

        Assert.Equal(11_000m, limits["small"]);
        Assert.Equal(44_500m, limits["b"]);
        Assert.Equal(44_500m, limits["c"]);
        Assert.True(limits.Values.Sum() <= 100_000m);
    }

    [Fact]
    public void EqualShare_BelowMinimum_PausesTheLatestArrivals()
    {
        // 10 kW for three sessions would be 3.3 kW each, under the 4.2 kW minimum: the last one waits.
        var limits = SiteAllocator.Allocate(10_000m, [Session("late", 5, 22_000m), Session("first", 0, 22_000m), Session("second", 1, 22_000m)], BalancingPolicy.EqualShare, 4_200m);

        Assert.Equal(0m, limits["late"]);
        Assert.Equal(5_000m, limits["first"]);
        Assert.Equal(5_000m, limits["second"]);
    }

    [Fact]
    public void FirstComeFirstServed_FillsSessionsInOrderOfArrival()
    {
        var limits = SiteAllocator.Allocate(
            50_000m, [Session("third", 2, 22_000m), Session("first", 0, 22_000m), Session("second", 1, 22_000m)], BalancingPolicy.FirstComeFirstServed, 4_200m);

        Assert.Equal(22_000m, limits["first"]);
        Assert.Equal(22_000m, limits["second"]);
        Assert.Equal(6_000m, limits["third"]);
    }

    [Fact]
    public void FirstComeFirstServed_RemainderUnderMinimum_PausesTheLastSession()
    {
        var limits = SiteAllocator.Allocate(46_000m, [Session("first", 0, 22_000m), Session("second", 1, 22_000m), Session("third", 2, 22_000m)], BalancingPolicy.FirstComeFirstServed, 4_200m);

        Assert.Equal(0m, limits["third"]);
    }

    [Fact]
    public void PriorityByTokenGroup_ServesHigherPriorityFirstAndSharesWithinAPriority()
    {
        var limits = SiteAllocator.Allocate(
            60_000m,
            [Session("fleet-a", 3, 22_000m) with { Priority = 10 }, Session("fleet-b", 4, 22_000m) with { Priority = 10 }, Session("guest-1", 0, 22_000m), Session("guest-2", 1, 22_000m)],
            BalancingPolicy.PriorityByTokenGroup,
            4_200m);

        Assert.Equal(22_000m, limits["fleet-a"]);
        Assert.Equal(22_000m, limits["fleet-b"]);
        Assert.Equal(8_000m, limits["guest-1"]);
        Assert.Equal(8_000m, limits["guest-2"]);
    }

    [Fact]
    public void UnconfirmedSession_IsReservedAtWhatItMayDrawAndTheOthersShareTheRest()
    {
        var limits = SiteAllocator.Allocate(
            50_000m, [Session("rejects", 0, 22_000m) with { Unconfirmed = true, ReservedW = 22_000m }, Session("b", 1, 22_000m), Session("c", 2, 22_000m)], BalancingPolicy.EqualShare, 4_200m);

        Assert.False(limits.ContainsKey("rejects"));
        Assert.Equal(14_000m, limits["b"]);
        Assert.Equal(14_000m, limits["c"]);
    }

    [Fact]
    public void RandomSites_NeverExceedTheCapacityAndNeverGiveAChargingSessionLessThanTheMinimum()
    {
        var random = new Random(7);
        for (var round = 0; round < 2_000; round++)
        {
            var capacity = (decimal)random.Next(0, 400_000);
            var sessions = Enumerable.Range(0, random.Next(0, 40)).Select(i => Session($"s{i}", random.Next(0, 600), random.Next(1, 4) * 50_000m) with
            {
                Priority = random.Next(0, 3),
                Unconfirmed = random.Next(0, 8) == 0,
                ReservedW = random.Next(0, 22_000),
            }).ToList();
            var policy = (BalancingPolicy)random.Next(0, 3);

            var limits = SiteAllocator.Allocate(capacity, sessions, policy, 4_200m);

            var reserved = sessions.Where(s => s.Unconfirmed).Sum(s => s.ReservedW);
            Assert.True(limits.Values.Sum() <= Math.Max(0m, capacity - reserved), $"round {round}: {limits.Values.Sum()} over {capacity - reserved}");
            Assert.All(limits, l => Assert.True(l.Value == 0m || l.Value >= 4_200m, $"round {round}: {l.Key} got {l.Value}"));
            Assert.All(sessions.Where(s => !s.Unconfirmed), s => Assert.True(limits[s.Key] <= s.MaxW));
        }
    }

    private static SessionDemand Session(string key, int startedMinute, decimal maxW) => new(key, T0.AddMinutes(startedMinute), maxW);
}
