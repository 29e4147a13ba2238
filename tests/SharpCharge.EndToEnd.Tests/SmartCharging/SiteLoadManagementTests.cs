using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace SharpCharge.EndToEnd.Tests.SmartCharging;

/// <summary>
/// Site load management end to end (issue 7, "Done means"): 34 DC chargers at one 2,900 kW site, random arrivals, the
/// balancer on, a simulated day at 1,800× (48 s real). Site power is measured from the meter values the central system
/// stored, one reading per session per meter interval.
/// </summary>
public sealed class SiteLoadManagementTests(ITestOutputHelper output)
{
    // Readings are whole watts, limits are rounded down: a little slack for the kW sums.
    private const decimal ToleranceKw = 1m;


    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01 (TxProfile), K01.FR.05 (a profile with the same id replaces the old one)")]
    public async Task SimulatedDay_SitePowerStaysUnderCapacityEverySessionChargesAndOnlyChangesAreSent()
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage, SiteDay.BalancerSettings);

        var day = await SiteDay.RunAsync(server, TimeSpan.FromHours(24));

        var power = day.SitePower();
        output.WriteLine($"{day.Sessions.Count} sessions, {day.Limits.Count} limits sent, most sessions at once {power.Max(b => b.Sessions)}, highest site power {power.Max(b => b.Kw):0} kW");
        Assert.True(day.Sessions.Count >= SiteDay.Chargers, $"only {day.Sessions.Count} sessions in a day at {SiteDay.Chargers} chargers");
        // The site was contended: the balancer had to hold sessions below what their 350 kW chargers can give.
        Assert.Contains(day.Limits, l => l.Accepted && l.LimitW < 300_000m);
        foreach (var (from, kw, _) in power)
        {
            if (kw > (decimal)SiteDay.CapacityKw + ToleranceKw)
            {
                // Allowed only for the meter interval in which a session started, before the balancer's limits landed.
                Assert.True(
                    day.Sessions.Any(s => s.StartedAt >= from - SiteDay.MeterInterval && s.StartedAt < from + SiteDay.MeterInterval),
                    $"{kw} kW at {from - day.Start} with no session start within one meter interval");
            }
        }

        // Every session that lasted a meter interval (the simulation's end cuts the last ones short) got energy.
        Assert.All(
            day.Sessions.Where(s => s.StoppedAt - s.StartedAt >= SiteDay.MeterInterval),
            s => Assert.True(s.EnergyWh > 0, $"session {s.Id} on {s.ChargerId} got no energy"));
        AssertOnlyChangesWereSent(day);
        AssertRefusalsAreExplained(day);
        var refused = day.Limits.Count(l => !l.Accepted);

        // At most one message per running session for each start or end (plus retries of refused ones): far fewer in practice.
        var bound = day.Sessions.SelectMany(s => new[] { s.StartedAt, s.StoppedAt ?? s.StartedAt })
            .Sum(t => day.Sessions.Count(s => s.StartedAt <= t && (s.StoppedAt ?? DateTimeOffset.MaxValue) >= t));
        Assert.True(day.Limits.Count - refused <= bound, $"{day.Limits.Count} limits for a bound of {bound}");

        SiteLoadPlot.Write(day, "site-load-day", (decimal)SiteDay.CapacityKw, capacityChange: null);
    }

    private void AssertRefusalsAreExplained(SiteDay day)
    {
        var refusals = day.Limits.Where(l => !l.Accepted).ToList();
        output.WriteLine($"{refusals.Count} of {day.Limits.Count} limits not accepted");
        foreach (var reason in refusals.GroupBy(l => l.Refusal?.Split(':')[0]))
        {
            output.WriteLine($"  {reason.Count()} x {reason.Key}");
        }

        // How far behind the stations the central system ran: from a session's start to its first limit.
        var lags = day.Sessions.Select(s => day.Limits.Where(l => l.TransactionId == s.Id).Select(l => l.At - s.StartedAt).DefaultIfEmpty(TimeSpan.MaxValue).Min())
            .Where(l => l != TimeSpan.MaxValue).Order().ToList();
        if (lags.Count > 0)
        {
            output.WriteLine($"first limit after a session's start: median {lags[lags.Count / 2]}, longest {lags[^1]} (simulated)");
        }

        Assert.All(refusals, l => Assert.True(
            l.Refusal is { } r && (r.Contains("TxNotFound", StringComparison.Ordinal) || r.StartsWith("Offline", StringComparison.Ordinal) || r.StartsWith("Timeout", StringComparison.Ordinal)),
            $"{l.ChargerId} refused {l.LimitW} W for session {l.TransactionId}: {l.Refusal}"));
        Assert.All(
            refusals.Where(l => l.Refusal!.Contains("TxNotFound", StringComparison.Ordinal)).GroupBy(l => l.TransactionId),
            g => Assert.True(g.Count() == 1, $"session {g.Key} was refused {g.Count()} times for a transaction its charger does not run"));
    }

    private static void AssertOnlyChangesWereSent(SiteDay day)
    {
        foreach (var session in day.Limits.Where(l => l.Accepted).GroupBy(l => l.TransactionId))
        {
            var sent = session.OrderBy(l => l.At).Select(l => l.LimitW).ToList();
            for (var i = 1; i < sent.Count; i++)
            {
                Assert.True(sent[i] != sent[i - 1], $"transaction {session.Key} was sent {sent[i]} W twice in a row");
            }
        }
    }
}
