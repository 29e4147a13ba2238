namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// The answer to a power limit: <c>max_power_kw</c> the limit sent, <c>current_power</c> the charger's power now in kW
/// (the newest reading of its running sessions; null when none reports power).
/// </summary>
internal sealed record PowerResponse(string Status, string ChargerId, decimal MaxPowerKw, decimal? CurrentPower, long CommandId)
{
    public string? ChargerStatus { get; init; }

    public string? Detail { get; init; }
}
