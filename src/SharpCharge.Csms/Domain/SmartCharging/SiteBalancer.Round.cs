using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging;

// One balancing round of one site.
internal sealed partial class SiteBalancer
{
    /// <summary>
    /// The balancer's profiles use one id per EVSE, so a new limit replaces the previous one on that EVSE (1.6 §3.13.2,
    /// K01.FR.05) and never another EVSE's.
    /// </summary>
    public const int ProfileIdBase = 2_000_000;

    // Passes per round: a charger that does not accept its limit is counted at what it may still draw, and the
    // others are lowered in the next pass; a third pass covers failures of those decreases.
    private const int MaxPasses = 3;

    // The 2.x reason a charger gives for a TxProfile of a transaction it does not run (K01.FR.09, K01.FR.33).
    private const string TxNotFound = "TxNotFound";

    private async Task BalanceAsync(string stationId, CancellationToken cancellationToken)
    {
        if (!await _leadership.IsLeaderAsync(stationId, cancellationToken).ConfigureAwait(false))
        {
            // Another node balances this site now; a view kept from when this node did would be shown as current.
            _journal.Forget(stationId);
            return;
        }

        var station = await _stations.GetAsync(stationId, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        if (station is null || SiteCapacity.LimitW(station, now) is not { } capacityW)
        {
            return;
        }

        var running = await RunningSessionsAsync(stationId, cancellationToken).ConfigureAwait(false);
        var maxW = (decimal)_options.ChargerMaxPowerKw * 1000m;
        var minW = (decimal)_options.MinPowerKw * 1000m;
        var deadBandW = (decimal)_options.DeadBandKw * 1000m;
        var states = new Dictionary<string, (TransactionRecord Transaction, SessionLimitState State)>(running.Count, StringComparer.Ordinal);
        foreach (var transaction in running)
        {
            var state = _sessions.GetOrAdd(transaction.Id, _ => new SessionLimitState());
            if (state.NotAtCharger)
            {
                continue;
            }

            state.Priority ??= await PriorityAsync(transaction, cancellationToken).ConfigureAwait(false);
            states[Key(transaction)] = (transaction, state);
        }

        // First pass: everyone managed (a charger that failed before is retried, a vehicle that reported its needs gets its
        // TxProfile, K15.FR.07); later passes reserve the failures.
        var retry = states.Values.Where(s => s.State.Unconfirmed || _needs.TakeProfileRequest(s.Transaction.ChargerId, EvseOf(s.Transaction)))
            .Select(s => Key(s.Transaction)).ToHashSet(StringComparer.Ordinal);
        var caps = await CapsAsync(stationId, states.Values, now, cancellationToken).ConfigureAwait(false);
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var demands = states.Select(s => new SessionDemand(s.Key, s.Value.Transaction.StartedAt, CappedMaxW(s.Key, s.Value.State, maxW, caps))
            {
                Priority = s.Value.State.Priority ?? 0,
                Unconfirmed = pass > 0 && s.Value.State.Unconfirmed,
                ReservedW = s.Value.State.CountedW(SessionMaxW(s.Value.State, maxW)),
            }).ToList();
            var targets = SiteAllocator.Allocate(capacityW, demands, _options.Policy, minW);
            var changes = Changes(targets, states, retry, capacityW, deadBandW, maxW);

            // Decreases first: the site only ever goes down before anything goes up.
            var decreases = changes.Where(c => c.LimitW < c.CountedW).ToList();
            var failed = await SendAsync(stationId, capacityW, decreases, states, cancellationToken).ConfigureAwait(false);
            DropNotAtCharger(states);
            if (failed > 0)
            {
                retry.Clear();
                continue;
            }

            // The increases were planned for the limit read when the round began. An operator may have lowered it while
            // the store was read or the decreases were out: a raise planned for the old limit must never reach a charger
            // after the lower one was saved, so the round plans again with the new limit (on its last pass it ends, and
            // the request the change queued starts the next round at once).
            var increases = changes.Where(c => c.LimitW >= c.CountedW).ToList();
            if (increases.Count > 0 && await LimitNowAsync(stationId, cancellationToken).ConfigureAwait(false) is var limitNow && (limitNow is null || limitNow < capacityW))
            {
                Log.LimitLoweredDuringRound(_logger, stationId, capacityW, limitNow);
                if (limitNow is not { } lowered)
                {
                    break;
                }

                capacityW = lowered;
                continue;
            }

            await SendAsync(stationId, capacityW, increases, states, cancellationToken).ConfigureAwait(false);
            DropNotAtCharger(states);
            break;
        }

        RecordView(stationId, now, capacityW, states.Values, maxW);
        if (states.Count > 0)
        {
            // Time-of-day limits and unconfirmed chargers need rounds without events.
            _queue.Request(stationId, _time.GetUtcNow() + _options.Rebalance);
        }
    }

    // What the site may draw now, read again from the store; null when it is no longer balanced.
    private async Task<decimal?> LimitNowAsync(string stationId, CancellationToken cancellationToken)
        => await _stations.GetAsync(stationId, cancellationToken).ConfigureAwait(false) is { } station
            ? SiteCapacity.LimitW(station, _time.GetUtcNow())
            : null;

    private async Task<IReadOnlyList<TransactionRecord>> RunningSessionsAsync(string stationId, CancellationToken cancellationToken)
    {
        var running = new List<TransactionRecord>();
        foreach (var charger in await _chargers.ListAsync(stationId, cancellationToken).ConfigureAwait(false))
        {
            _siteOfCharger[charger.Id] = stationId;
            running.AddRange(await _transactions.ListAsync(charger.Id, TransactionState.Running, 16, cancellationToken).ConfigureAwait(false));
        }

        // Sessions of this site that ended since its last round leave the state.
        foreach (var ended in _journal.Site(stationId)?.Sessions.Where(s => running.All(t => t.Id != s.TransactionId)) ?? [])
        {
            _sessions.TryRemove(ended.TransactionId, out _);
            if (running.All(t => !string.Equals(t.ChargerId, ended.ChargerId, StringComparison.OrdinalIgnoreCase) || EvseOf(t) != ended.EvseId))
            {
                _needs.Forget(ended.ChargerId, ended.EvseId);
            }
        }

        return running;
    }

    private async ValueTask<int?> PriorityAsync(TransactionRecord transaction, CancellationToken cancellationToken)
    {
        if (_options.Policy != BalancingPolicy.PriorityByTokenGroup || transaction.IdToken is null)
        {
            return 0;
        }

        var token = await _tokens.FindAsync(transaction.IdToken, cancellationToken).ConfigureAwait(false);
        return token?.GroupId is { } group && _options.GroupPriorities.TryGetValue(group, out var priority) ? priority : 0;
    }

    /// <summary>
    /// The limits to send: those that moved by more than the dead band, retries of unconfirmed ones, and, when the
    /// limits left as they are would add up to more than the site may draw, every decrease, largest first.
    /// </summary>
    private static List<PlannedLimit> Changes(
        IReadOnlyDictionary<string, decimal> targets,
        Dictionary<string, (TransactionRecord Transaction, SessionLimitState State)> states,
        HashSet<string> retry,
        decimal capacityW,
        decimal deadBandW,
        decimal maxW)
    {
        var planned = new List<PlannedLimit>();
        var held = new List<PlannedLimit>();
        var total = 0m;
        foreach (var (key, (transaction, state)) in states)
        {
            var counted = state.CountedW(SessionMaxW(state, maxW));
            if (!targets.TryGetValue(key, out var target))
            {
                // Reserved this pass (its charger did not accept): it stays counted as it is.
                total += counted;
                continue;
            }

            var limit = new PlannedLimit(transaction, target, counted);
            var moved = Math.Abs(target - counted) > deadBandW || (target == 0m) != (counted == 0m) || state.AcceptedW is null;
            if (moved || retry.Contains(key))
            {
                planned.Add(limit);
                total += target;
            }
            else
            {
                held.Add(limit);
                total += counted;
            }
        }

        foreach (var limit in held.Where(l => l.LimitW < l.CountedW).OrderByDescending(l => l.CountedW - l.LimitW))
        {
            if (total <= capacityW)
            {
                break;
            }

            planned.Add(limit);
            total -= limit.CountedW - limit.LimitW;
        }

        return planned;
    }

    private async Task<int> SendAsync(
        string stationId,
        decimal siteLimitW,
        IReadOnlyList<PlannedLimit> limits,
        Dictionary<string, (TransactionRecord Transaction, SessionLimitState State)> states,
        CancellationToken cancellationToken)
    {
        var replies = await Task.WhenAll(limits.Select(async limit =>
        {
            var transaction = limit.Transaction;
            var command = new SetChargingProfile(EvseOf(transaction), Profile(transaction, limit.LimitW));
            var reply = await _router.SendAsync(transaction.ChargerId, command, cancellationToken).ConfigureAwait(false);
            return (Limit: limit, Reply: reply);
        })).ConfigureAwait(false);

        var failed = 0;
        foreach (var (limit, reply) in replies)
        {
            var state = states[Key(limit.Transaction)].State;
            var accepted = reply.Outcome == CommandOutcome.Success;
            state.SentW = limit.LimitW;
            if (accepted)
            {
                state.AcceptedW = limit.LimitW;
                state.Unconfirmed = false;
            }
            else if (reply.Outcome == CommandOutcome.Rejected && reply.Detail?.StartsWith(TxNotFound, StringComparison.Ordinal) == true)
            {
                // The session ended at the charger before its end reached the central system: it draws nothing, and the
                // others get its share in the next pass.
                state.NotAtCharger = true;
                state.Unconfirmed = false;
                failed++;
                Log.LimitNotAccepted(_logger, limit.Transaction.ChargerId, EvseOf(limit.Transaction), limit.LimitW, reply.Outcome, reply.Status);
            }
            else
            {
                state.Unconfirmed = true;
                failed++;
                Log.LimitNotAccepted(_logger, limit.Transaction.ChargerId, EvseOf(limit.Transaction), limit.LimitW, reply.Outcome, reply.Status);
            }

            _journal.Record(new LimitChange(_time.GetUtcNow(), stationId, limit.Transaction.ChargerId, EvseOf(limit.Transaction), limit.Transaction.Id, limit.LimitW, accepted)
            {
                Refusal = accepted ? null : $"{reply.Outcome} {reply.Status} {reply.Detail}".Trim(),
                SiteLimitW = siteLimitW,
            });
        }

        return failed;
    }

    private ChargingProfile Profile(TransactionRecord transaction, decimal limitW) => new()
    {
        Id = ProfileIdBase + EvseOf(transaction),
        StackLevel = _options.StackLevel,
        Purpose = _options.UseTxDefaultProfile ? ChargingProfilePurpose.TxDefaultProfile : ChargingProfilePurpose.TxProfile,
        // Relative without a duration: the limit holds from the start of the session until replaced (K01.FR.41: no startSchedule).
        Kind = ChargingProfileKind.Relative,
        TransactionId = _options.UseTxDefaultProfile ? null : ChargerTransactionId(transaction),
        Schedules = [new ChargingSchedule { RateUnit = ChargingRateUnit.W, Periods = [new ChargingSchedulePeriod(0, limitW)] }],
    };

    private void RecordView(
        string stationId,
        DateTimeOffset at,
        decimal capacityW,
        IEnumerable<(TransactionRecord Transaction, SessionLimitState State)> sessions,
        decimal maxW)
    {
        var views = sessions.Select(s => new SessionLoadView(
            s.Transaction.ChargerId,
            EvseOf(s.Transaction),
            s.Transaction.Id,
            s.State.AcceptedW,
            s.State.CountedW(SessionMaxW(s.State, maxW)),
            !s.State.Unconfirmed,
            s.State.PowerW)).ToList();
        _journal.Record(new SiteLoadView(stationId, at, capacityW, views));
        var committed = views.Sum(v => v.CountedW);
        if (committed > capacityW)
        {
            Log.SiteOverCommitted(_logger, stationId, committed, capacityW);
        }
    }

    private static void DropNotAtCharger(Dictionary<string, (TransactionRecord Transaction, SessionLimitState State)> states)
    {
        foreach (var key in states.Where(s => s.Value.State.NotAtCharger).Select(s => s.Key).ToList())
        {
            states.Remove(key);
        }
    }

    // The charger's maximum, or more when the session has drawn more than that.
    private static decimal SessionMaxW(SessionLimitState state, decimal maxW) => Math.Max(maxW, state.PeakPowerW);

    // What the session can use: its maximum, lowered by an external limit on its EVSE or charger and by its vehicle's needs.
    private static decimal CappedMaxW(string key, SessionLimitState state, decimal maxW, IReadOnlyDictionary<string, decimal> caps)
        => caps.TryGetValue(key, out var cap) ? Math.Min(SessionMaxW(state, maxW), cap) : SessionMaxW(state, maxW);

    private static int EvseOf(TransactionRecord transaction) => transaction.EvseId ?? transaction.ConnectorId ?? 1;

    private static string Key(TransactionRecord transaction) => transaction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record PlannedLimit(TransactionRecord Transaction, decimal LimitW, decimal CountedW);
}
