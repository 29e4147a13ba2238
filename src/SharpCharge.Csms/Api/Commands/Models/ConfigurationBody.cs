namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>PUT /api/chargers/{id}/configuration</c> (1.6): one key and its new value.</summary>
internal sealed record ConfigurationBody
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
