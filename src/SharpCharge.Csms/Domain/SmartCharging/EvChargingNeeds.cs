using System.Collections.Concurrent;

namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// What 2.x vehicles told their chargers they can take (NotifyEVChargingNeeds, K15), per charger and EVSE, until their
/// session ends: the balancer gives such a session no more than it can use, and sends it a TxProfile in its next round
/// even when the limit did not change (K15.FR.07).
/// </summary>
internal sealed class EvChargingNeeds
{
    private readonly ConcurrentDictionary<(string ChargerId, int EvseId), Need> _needs = new();

    /// <summary>Records the vehicle's maximum power in W (null: it gave none) and asks for a profile.</summary>
    public void Record(string chargerId, int evseId, decimal? maxPowerW)
    {
        ArgumentNullException.ThrowIfNull(chargerId);
        _needs[(chargerId.ToUpperInvariant(), evseId)] = new Need(maxPowerW, ProfileWanted: true);
    }

    /// <summary>The vehicle's maximum power on this EVSE, if it reported one.</summary>
    public decimal? MaxPowerW(string chargerId, int evseId)
        => _needs.TryGetValue((chargerId.ToUpperInvariant(), evseId), out var need) ? need.MaxPowerW : null;

    /// <summary>True once after a NotifyEVChargingNeeds: the next round sends this EVSE a profile.</summary>
    public bool TakeProfileRequest(string chargerId, int evseId)
    {
        var key = (chargerId.ToUpperInvariant(), evseId);
        return _needs.TryGetValue(key, out var need) && need.ProfileWanted
            && _needs.TryUpdate(key, need with { ProfileWanted = false }, need);
    }

    /// <summary>Forgets the EVSE's needs: its session ended.</summary>
    public void Forget(string chargerId, int evseId) => _needs.TryRemove((chargerId.ToUpperInvariant(), evseId), out _);

    private sealed record Need(decimal? MaxPowerW, bool ProfileWanted);
}
