namespace SharpCharge.Station.Authorization;

/// <summary>What the central system said about a token: its status, until when a cached answer holds, its group.</summary>
internal readonly record struct TokenInfo(TokenStatus Status, DateTimeOffset? ExpiresAt = null, string? GroupId = null)
{
    /// <summary>The status at <paramref name="now"/>: an Accepted token past its expiry date is Expired.</summary>
    public TokenStatus StatusAt(DateTimeOffset now) => Status == TokenStatus.Accepted && ExpiresAt is { } end && end <= now ? TokenStatus.Expired : Status;
}
