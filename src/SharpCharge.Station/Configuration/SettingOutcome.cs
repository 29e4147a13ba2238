namespace SharpCharge.Station.Configuration;

/// <summary>What writing a setting did: the version adapters map it to 1.6 ConfigurationStatus or 2.x SetVariableStatus.</summary>
internal enum SettingOutcome
{
    Accepted,

    /// <summary>Stored, but it only takes effect after the next reboot (the station does not reboot by itself).</summary>
    RebootRequired,

    /// <summary>Read-only, malformed or out of range: nothing changed.</summary>
    Rejected,
}
