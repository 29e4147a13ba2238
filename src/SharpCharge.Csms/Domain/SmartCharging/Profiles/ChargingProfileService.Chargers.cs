using System.Globalization;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

// What each charger has, the prediction from it, and what chargers tell about it.
internal sealed partial class ChargingProfileService
{
    // A limit "now" is computed without a rating, so only the profile itself bounds it.
    private static readonly EvseElectrical Unbounded = new() { MaxPowerW = 1_000_000_000m };

    public async Task<ChargerProfiles> ChargerProfilesAsync(string chargerId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var running = await _transactions.ListAsync(chargerId, TransactionState.Running, 16, cancellationToken).ConfigureAwait(false);
        var entries = new List<ChargerProfileEntry>();

        // 1.6 knows only this: what was sent and accepted. A TxProfile ended with its transaction (1.6 §3.13.1).
        foreach (var sent in await _store.AssignmentsAsync(chargerId, activeOnly: true, 200, cancellationToken).ConfigureAwait(false))
        {
            if (sent.Profile.Purpose != ChargingProfilePurpose.TxProfile || running.Any(t => ChargerTransactionId(t) == sent.Profile.TransactionId))
            {
                entries.Add(new ChargerProfileEntry(sent.EvseId, sent.Source, "Sent", sent.Profile, sent.AssignedAt) { ProfileVersion = sent.ProfileVersion });
            }
        }

        // 2.x: what the charger says it holds (K09), with its own source.
        var reported = await _store.ReportedAsync(chargerId, cancellationToken).ConfigureAwait(false);
        foreach (var report in reported)
        {
            var source = report.LimitSource != ExternalChargingLimit.CentralSystemSource ? ChargingProfileSource.External
                : IsBalancers(report.Profile) ? ChargingProfileSource.SiteBalancer : ChargingProfileSource.Operator;
            entries.Add(new ChargerProfileEntry(report.EvseId, source, "Reported", report.Profile, report.ReportedAt) { LimitSource = report.LimitSource });
        }

        foreach (var limit in await _store.ExternalLimitsAsync(chargerId, null, cancellationToken).ConfigureAwait(false))
        {
            if (limit.Schedules.Count > 0)
            {
                entries.Add(new ChargerProfileEntry(limit.EvseId, ChargingProfileSource.External, "Notified", ExternalProfile(limit), limit.ReceivedAt)
                {
                    LimitSource = limit.LimitSource,
                });
            }
        }

        // The balancer's accepted limits, from its latest round of the charger's site.
        if ((await _chargers.FindAsync(chargerId, cancellationToken).ConfigureAwait(false))?.StationId is { } site && _journal.Site(site) is { } view)
        {
            foreach (var session in view.Sessions.Where(s => string.Equals(s.ChargerId, chargerId, StringComparison.OrdinalIgnoreCase)))
            {
                if (session.AcceptedLimitW is { } limitW && running.FirstOrDefault(t => t.Id == session.TransactionId) is { } transaction)
                {
                    entries.Add(new ChargerProfileEntry(session.EvseId, ChargingProfileSource.SiteBalancer, "Balancer", BalancerProfile(session.EvseId, ChargerTransactionId(transaction), limitW), view.At));
                }
            }
        }

        entries = [.. entries.Select(e => e with { LimitWNow = LimitNow(e, running, now) })];
        var limitsNow = entries.Where(e => e.LimitWNow is not null)
            .GroupBy(e => e.EvseId)
            .Select(g => g.MinBy(e => e.LimitWNow)!)
            .Select(e => new EvseLimitNow(e.EvseId, e.LimitWNow!.Value, e.Source, e.Origin))
            .OrderBy(l => l.EvseId)
            .ToList();
        return new ChargerProfiles(chargerId, entries, limitsNow) { ReportedAt = reported.Count > 0 ? reported.Max(r => r.ReportedAt) : null };
    }

    public async Task<CompositeSchedule> PredictAsync(string chargerId, int evseId, int duration, ChargingRateUnit unit, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var has = await ChargerProfilesAsync(chargerId, cancellationToken).ConfigureAwait(false);

        // One profile per place and id: the newest word on it (a report after a send, or a send after a report).
        var profiles = has.Entries
            .GroupBy(e => (e.EvseId, e.Profile.Id, e.Profile.Purpose))
            .Select(g => g.MaxBy(e => e.At)!)
            .ToList();
        var running = await _transactions.ListAsync(chargerId, TransactionState.Running, 16, cancellationToken).ConfigureAwait(false);
        return CompositeScheduleCalculator.Calculate(new CompositeScheduleInput
        {
            Start = now,
            Duration = duration,
            Unit = unit,
            Evse = new EvseElectrical { MaxPowerW = (decimal)_balancer.ChargerMaxPowerKw * 1000m },
            StationProfiles = [.. profiles.Where(e => e.EvseId == 0).Select(e => e.Profile)],
            EvseProfiles = evseId == 0 ? [] : [.. profiles.Where(e => e.EvseId == evseId).Select(e => e.Profile)],
            TransactionStart = running.FirstOrDefault(t => EvseOf(t) == evseId)?.StartedAt,
        });
    }

    /// <summary>The site balancer's profile for a session, as it sends it (<see cref="SiteBalancer.ProfileIdBase"/>).</summary>
    public static bool IsBalancers(ChargingProfile profile)
        => profile is { Id: >= SiteBalancer.ProfileIdBase and < SiteBalancer.ProfileIdBase + 1_000_000 };

    /// <summary>An external limit as the ChargingStationExternalConstraints profile the charger applies (K12.FR.05).</summary>
    public static ChargingProfile ExternalProfile(ExternalChargingLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new ChargingProfile
        {
            Id = -1 - limit.EvseId,
            StackLevel = 0,
            Purpose = ChargingProfilePurpose.ChargingStationExternalConstraints,
            Kind = limit.Schedules[0].StartSchedule is null ? ChargingProfileKind.Relative : ChargingProfileKind.Absolute,
            Schedules = limit.Schedules,
        };
    }

    private static ChargingProfile BalancerProfile(int evseId, string transactionId, decimal limitW) => new()
    {
        Id = SiteBalancer.ProfileIdBase + evseId,
        StackLevel = 0,
        Purpose = ChargingProfilePurpose.TxProfile,
        Kind = ChargingProfileKind.Relative,
        TransactionId = transactionId,
        Schedules = [new ChargingSchedule { RateUnit = ChargingRateUnit.W, Periods = [new ChargingSchedulePeriod(0, limitW)] }],
    };

    private static decimal? LimitNow(ChargerProfileEntry entry, IReadOnlyList<TransactionRecord> running, DateTimeOffset now)
    {
        var input = new CompositeScheduleInput
        {
            Start = now,
            Duration = 1,
            Evse = Unbounded,
            StationProfiles = entry.EvseId == 0 ? [entry.Profile] : [],
            EvseProfiles = entry.EvseId == 0 ? [] : [entry.Profile],
            TransactionStart = running.FirstOrDefault(t => EvseOf(t) == entry.EvseId)?.StartedAt,
        };
        var limit = CompositeScheduleCalculator.LimitWAt(input, now);
        return limit >= Unbounded.MaxPowerW ? null : limit;
    }

    private static string ChargerTransactionId(TransactionRecord transaction)
        => transaction.ChargerTransactionId ?? transaction.Id.ToString(CultureInfo.InvariantCulture);
}
