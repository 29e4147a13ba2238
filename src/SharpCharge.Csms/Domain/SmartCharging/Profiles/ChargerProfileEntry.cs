using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// One limit a charger has: a profile it accepted or reports, or an external limit it notified. <see cref="Origin"/>
/// says how the central system knows (Sent: it was sent and accepted; Reported: the charger's ReportChargingProfiles;
/// Notified: NotifyChargingLimit; Balancer: the site balancer's latest accepted limit). <see cref="LimitWNow"/> is what
/// the entry allows now on its own, from the shared calculator.
/// </summary>
internal sealed record ChargerProfileEntry(int EvseId, ChargingProfileSource Source, string Origin, ChargingProfile Profile, DateTimeOffset At)
{
    public int? ProfileVersion { get; init; }

    /// <summary>The limit source the charger gave (2.x: CSO, EMS, SO, Other).</summary>
    public string? LimitSource { get; init; }

    public decimal? LimitWNow { get; init; }
}
