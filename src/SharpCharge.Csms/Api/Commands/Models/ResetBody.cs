namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/reset</c>: soft or hard (2.x: on_idle or immediate, which soft and hard map to).</summary>
internal sealed record ResetBody
{
    public string? Type { get; init; }

    /// <summary>2.x only: reset this EVSE instead of the whole charger.</summary>
    public int? EvseId { get; init; }
}
