using SharpCharge.Csms.Domain.SmartCharging.Profiles;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>One version of a stored profile; <c>current_version</c> is the newest.</summary>
internal sealed record StoredProfileDto(int Id, string? Name, int Version, int CurrentVersion, DateTimeOffset CreatedAt, DateTimeOffset? DeletedAt, ChargingProfileView Profile)
{
    public static StoredProfileDto From(StoredChargingProfile stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.Id, stored.Name, stored.Version, stored.CurrentVersion, stored.CreatedAt, stored.DeletedAt, ChargingProfileView.From(stored.Profile));
    }
}
