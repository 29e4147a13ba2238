namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>Who set a limit a charger has.</summary>
internal enum ChargingProfileSource
{
    /// <summary>An operator, through the REST API or the dashboard.</summary>
    Operator,

    /// <summary>The site balancer (site load management).</summary>
    SiteBalancer,

    /// <summary>A system outside the central system: 2.x NotifyChargingLimit, or a profile a charger reports with a source other than CSO.</summary>
    External,
}
