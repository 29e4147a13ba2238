namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/unlock</c>: the EVSE (1.6: the connector) and, for 2.x, its connector (default 1).</summary>
internal sealed record UnlockBody
{
    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }
}
