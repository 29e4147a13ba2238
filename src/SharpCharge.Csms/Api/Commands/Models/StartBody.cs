namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/start</c>. 1.6 has no EVSEs: its connector N is <c>evse_id</c> N.</summary>
internal sealed record StartBody
{
    public string? IdToken { get; init; }

    /// <summary>2.x idToken type (Central when omitted; 2.0.1: Central, eMAID, ISO14443, ISO15693, KeyCode, Local, MacAddress, NoAuthorization).</summary>
    public string? IdTokenType { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    /// <summary>An optional limit for the session, sent as a TxProfile with the start.</summary>
    public ChargingProfileBody? ChargingProfile { get; init; }
}
