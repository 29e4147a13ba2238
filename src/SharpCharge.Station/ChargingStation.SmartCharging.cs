using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Station.Protocol;
using SharpCharge.Station.Queue;
using SharpCharge.Station.SmartCharging;

namespace SharpCharge.Station;

/// <summary>
/// Smart charging: the charging profiles the central system installs, clears and asks about, and the composite
/// schedules computed from them (docs/smart-charging.md). The meter loop obeys them through <see cref="OfferedPowerW"/>.
/// </summary>
public sealed partial class ChargingStation : IStationSmartCharging
{
    private readonly InstalledProfiles _profiles = new();

    /// <summary>The power EVSE <paramref name="evseId"/> offers now, in W: its rating lowered by the installed charging profiles.</summary>
    public decimal GetOfferedPowerW(int evseId)
    {
        lock (_gate)
        {
            return OfferedPowerW(EvseOf(evseId), _time.GetUtcNow());
        }
    }

    ProfileDecision IStationSmartCharging.SetChargingProfile(int evseId, ChargingProfile profile, ProfileRules rules)
    {
        lock (_gate)
        {
            var decision = _profiles.Install(evseId, profile, evseId > 0 ? EvseOf(evseId).Session : null, rules);
            Raise(Event(StationEventKind.ChargingProfileSet) with { EvseId = evseId, Detail = decision.Accepted ? $"{profile.Purpose} {profile.Id}" : $"Rejected: {decision.Detail}" });
            return decision;
        }
    }

    bool IStationSmartCharging.ClearChargingProfiles(int? id, int? evseId, ChargingProfilePurpose? purpose, int? stackLevel)
    {
        lock (_gate)
        {
            var cleared = _profiles.Clear(id, evseId, purpose, stackLevel);
            Raise(Event(StationEventKind.ChargingProfileCleared) with { EvseId = evseId, Detail = cleared ? "Accepted" : "Unknown" });
            return cleared;
        }
    }

    CompositeSchedule? IStationSmartCharging.CompositeSchedule(int evseId, int duration, ChargingRateUnit unit)
    {
        if (evseId < 0 || evseId > _evses.Length || duration < 0)
        {
            return null;
        }

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            return CompositeScheduleCalculator.Calculate(evseId == 0 ? StationInput(now, duration, unit) : EvseInput(_evses[evseId - 1], now, duration, unit));
        }
    }

    IReadOnlyList<(int EvseId, ChargingProfile Profile)> IStationSmartCharging.ChargingProfiles()
    {
        lock (_gate)
        {
            return [.. _profiles.All.Select(p => (p.EvseId, p.Profile))];
        }
    }

    void IStationSmartCharging.InstallRemoteStartProfile(string transactionId, ChargingProfile profile)
    {
        lock (_gate)
        {
            if (_evses.FirstOrDefault(e => e.Session?.LocalId == transactionId)?.Session is { } session)
            {
                _profiles.InstallForSession(session, profile);
                Raise(Event(StationEventKind.ChargingProfileSet) with { EvseId = session.EvseId, Detail = $"{profile.Purpose} {profile.Id}" });
            }
        }
    }

    void IStationSmartCharging.Send(QueuedMessage message) => _queue.Enqueue(message);

    /// <summary>
    /// EVSE 0 stands for the grid connection (1.6 §5.7, K08.FR.03): the station's max and external profiles
    /// over the sum of the EVSE ratings. TxDefaultProfiles on EVSE 0 apply to each EVSE, not to the grid draw.
    /// </summary>
    private CompositeScheduleInput StationInput(DateTimeOffset start, int duration, ChargingRateUnit unit) => new()
    {
        Start = start,
        Duration = duration,
        Unit = unit,
        Evse = Electrical(_evses.Sum(e => e.MaxPowerW)),
        StationProfiles = [.. _profiles.All.Where(p => p.EvseId == 0 && p.Profile.Purpose != ChargingProfilePurpose.TxDefaultProfile).Select(p => p.Profile)],
    };
}
