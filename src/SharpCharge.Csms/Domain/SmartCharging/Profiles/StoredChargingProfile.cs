using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// One version of a stored charging profile. <see cref="Id"/> is also the OCPP chargingProfile.id the chargers see
/// (<see cref="Profile"/> carries it); every change makes a new <see cref="Version"/> and keeps the old ones.
/// </summary>
internal sealed record StoredChargingProfile(int Id, string? Name, int Version, ChargingProfile Profile, DateTimeOffset CreatedAt)
{
    /// <summary>The newest version of the profile (for a listing of versions: whether this is it).</summary>
    public int CurrentVersion { get; init; }

    /// <summary>When the profile was deleted; it keeps its versions and can no longer be assigned.</summary>
    public DateTimeOffset? DeletedAt { get; init; }
}
