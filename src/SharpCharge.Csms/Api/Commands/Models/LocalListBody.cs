namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/local-list</c>: the list version and its entries, as a full list or as differential changes.</summary>
internal sealed record LocalListBody
{
    public int? Version { get; init; }

    /// <summary>full (default) or differential.</summary>
    public string? UpdateType { get; init; }

    public IReadOnlyList<LocalListEntryBody>? Entries { get; init; }
}
