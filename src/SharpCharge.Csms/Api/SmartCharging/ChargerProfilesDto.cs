using System.Text.Json;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// <c>GET /api/chargers/{id}/charging-profiles</c>: per EVSE the lowest limit now and its source, every profile and
/// limit the charger has with its source (<c>operator</c>, <c>site_balancer</c>, <c>external</c>) and how the central
/// system knows it (<c>sent</c> and accepted, <c>reported</c> by the charger, <c>notified</c> external limit, the
/// <c>balancer</c>'s latest limit), and the recent history of what was sent.
/// </summary>
internal sealed record ChargerProfilesDto(
    string ChargerId,
    DateTimeOffset? ReportedAt,
    IReadOnlyList<EvseLimitDto> LimitsNow,
    IReadOnlyList<ChargerProfileEntryDto> Profiles,
    IReadOnlyList<AssignmentDto> History)
{
    public static ChargerProfilesDto From(ChargerProfiles has, IReadOnlyList<ProfileAssignment> history)
    {
        ArgumentNullException.ThrowIfNull(has);
        ArgumentNullException.ThrowIfNull(history);
        return new(
            has.ChargerId,
            has.ReportedAt,
            [.. has.LimitsNow.Select(l => new EvseLimitDto(l.EvseId, l.LimitW / 1000m, Word(l.Source), Word(l.Origin)))],
            [.. has.Entries.Select(e => new ChargerProfileEntryDto(
                e.EvseId, Word(e.Source), Word(e.Origin), e.LimitSource, e.ProfileVersion, e.At, e.LimitWNow / 1000m, ChargingProfileView.From(e.Profile)))],
            [.. history.Select(AssignmentDto.From)]);
    }

    /// <summary>How the API spells a source or origin: snake_case.</summary>
    public static string Word(ChargingProfileSource source) => Word(source.ToString());

    private static string Word(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}

/// <summary>The lowest limit on an EVSE now (0: the whole charger), in kW, and who set it.</summary>
internal sealed record EvseLimitDto(int EvseId, decimal LimitKw, string Source, string Origin);

/// <summary>One profile or limit a charger has; <c>limit_kw_now</c> is what it alone allows now (null: nothing now).</summary>
internal sealed record ChargerProfileEntryDto(
    int EvseId, string Source, string Origin, string? LimitSource, int? ProfileVersion, DateTimeOffset At, decimal? LimitKwNow, ChargingProfileView Profile);
