namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// <c>POST /api/chargers/{id}/trigger</c>: the message to send now, spelled as the charger's version spells it (e.g.
/// StatusNotification, MeterValues; 1.6 also the security extension's, e.g. SignChargePointCertificate).
/// </summary>
internal sealed record TriggerBody
{
    public string? RequestedMessage { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }
}
