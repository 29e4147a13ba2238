namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// What one charger has: its profiles and limits by source, and per EVSE the lowest limit that applies now with the
/// source that sets it (what the dashboard's charger page shows).
/// </summary>
internal sealed record ChargerProfiles(string ChargerId, IReadOnlyList<ChargerProfileEntry> Entries, IReadOnlyList<EvseLimitNow> LimitsNow)
{
    /// <summary>When the charger last reported its profiles (2.x), if ever.</summary>
    public DateTimeOffset? ReportedAt { get; init; }
}

/// <summary>The lowest limit on an EVSE now (EVSE 0: the whole charger), in W, and who set it.</summary>
internal sealed record EvseLimitNow(int EvseId, decimal LimitW, ChargingProfileSource Source, string Origin);
