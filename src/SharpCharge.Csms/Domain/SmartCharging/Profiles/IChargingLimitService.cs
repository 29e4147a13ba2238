using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// What 2.x chargers tell the central system about their limits, handed over by the version adapters: the profiles they
/// report (K09), the external limits they notify (K12, K13) and their vehicles' needs (K15). Each that matters for a
/// balanced site asks for a balancing round of it.
/// </summary>
internal interface IChargingLimitService
{
    /// <summary>One ReportChargingProfiles part (K09): profiles of one EVSE and limit source.</summary>
    Task RecordReportAsync(string chargerId, int requestId, int evseId, string limitSource, IReadOnlyList<ChargingProfile> profiles, CancellationToken cancellationToken);

    /// <summary>NotifyChargingLimit (K12): stored as received now, and the charger's site is balanced again.</summary>
    Task RecordExternalLimitAsync(ExternalChargingLimit limit, CancellationToken cancellationToken);

    /// <summary>ClearedChargingLimit (K13): the limit goes, and the charger's site is balanced again.</summary>
    Task ClearExternalLimitAsync(string chargerId, int? evseId, string limitSource, CancellationToken cancellationToken);

    /// <summary>
    /// NotifyEVChargingNeeds (K15): true (Accepted, K15.FR.03) when the charger's site is balanced, so the balancer sends
    /// the session a TxProfile within the site's limit in its next round (K15.FR.07/08); false (Rejected, K15.FR.04)
    /// when nothing here computes schedules for it.
    /// </summary>
    Task<bool> RecordEvChargingNeedsAsync(string chargerId, int evseId, decimal? maxPowerW, CancellationToken cancellationToken);
}
