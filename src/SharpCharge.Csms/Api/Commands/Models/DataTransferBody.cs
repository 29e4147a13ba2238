using System.Text.Json;

namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/data-transfer</c>: vendor id, optional message id and any JSON data (1.6 receives a string).</summary>
internal sealed record DataTransferBody
{
    public string? VendorId { get; init; }

    public string? MessageId { get; init; }

    public JsonElement? Data { get; init; }
}
