using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging;

// What limits a session besides the site: external systems (2.x NotifyChargingLimit, K12) and the vehicle (K15).
internal sealed partial class SiteBalancer
{
    // External limits are evaluated on their own, so only their schedule bounds the result.
    private static readonly EvseElectrical Unbounded = new() { MaxPowerW = 1_000_000_000m };

    /// <summary>
    /// Each session's cap in W, where it has one: the lowest external limit on its EVSE, or on its charger (EVSE 0, shared
    /// by the charger's sessions), and its vehicle's maximum power. The balancer gives a capped session no more, so what
    /// the charger could not use goes to the others; the charger itself obeys its external limit (K12.FR.01).
    /// </summary>
    private async Task<Dictionary<string, decimal>> CapsAsync(
        string stationId, ICollection<(TransactionRecord Transaction, SessionLimitState State)> sessions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var caps = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (sessions.Count == 0)
        {
            return caps;
        }

        var limits = await _profiles.ExternalLimitsAsync(null, stationId, cancellationToken).ConfigureAwait(false);
        foreach (var (transaction, _) in sessions)
        {
            var evse = EvseOf(transaction);
            var cap = _needs.MaxPowerW(transaction.ChargerId, evse);
            foreach (var limit in limits)
            {
                if (limit.Schedules.Count == 0 || (limit.EvseId != 0 && limit.EvseId != evse)
                    || !string.Equals(limit.ChargerId, transaction.ChargerId, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var limitW = CompositeScheduleCalculator.LimitWAt(
                    new CompositeScheduleInput { Start = now, Duration = 1, Evse = Unbounded, StationProfiles = [ChargingProfileService.ExternalProfile(limit)] },
                    now);
                if (limitW >= Unbounded.MaxPowerW)
                {
                    continue;
                }

                if (limit.EvseId == 0)
                {
                    limitW /= sessions.Count(s => string.Equals(s.Transaction.ChargerId, transaction.ChargerId, StringComparison.OrdinalIgnoreCase));
                }

                cap = cap is { } lower ? Math.Min(lower, limitW) : limitW;
            }

            if (cap is { } found)
            {
                caps[Key(transaction)] = found;
            }
        }

        return caps;
    }
}
