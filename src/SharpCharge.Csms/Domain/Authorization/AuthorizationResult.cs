namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>
/// The answer for an id token: 1.6 idTagInfo (status, expiryDate, parentIdTag) or 2.x idTokenInfo
/// (status, cacheExpiryDateTime, groupIdToken; send the group with type <see cref="IdTokenTypes.Central"/>).
/// </summary>
internal sealed record AuthorizationResult(IdTokenStatus Status)
{
    public DateTimeOffset? ExpiresAt { get; init; }

    public string? GroupId { get; init; }

    public static AuthorizationResult Invalid { get; } = new(IdTokenStatus.Invalid);
}
