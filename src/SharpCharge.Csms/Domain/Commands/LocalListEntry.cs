namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// One token of a local authorization list. A null <see cref="Status"/> in a differential update removes the
/// token from the list (1.6 §5.15, 2.x D01.FR.17).
/// </summary>
internal sealed record LocalListEntry(string IdToken, string? IdTokenType, string? Status)
{
    public DateTimeOffset? ExpiresAt { get; init; }

    public string? GroupIdToken { get; init; }
}
