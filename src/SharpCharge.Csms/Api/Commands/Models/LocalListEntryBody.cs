namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>One token of a local list; no <c>status</c> in a differential update removes it.</summary>
internal sealed record LocalListEntryBody
{
    public string? IdToken { get; init; }

    public string? IdTokenType { get; init; }

    /// <summary>Accepted, Blocked, Expired, Invalid, ConcurrentTx (2.x has a few more).</summary>
    public string? Status { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public string? GroupIdToken { get; init; }
}
