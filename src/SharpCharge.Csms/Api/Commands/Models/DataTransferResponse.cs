using System.Text.Json;

namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>The answer to a data transfer, with the data the charger returned.</summary>
internal sealed record DataTransferResponse(string Status, string ChargerId, long CommandId, string? ChargerStatus, JsonElement? Data);
