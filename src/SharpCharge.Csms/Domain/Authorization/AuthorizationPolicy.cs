namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>
/// The authorization rules (OCPP-NOTES §4.4, §5.8), free of storage so every caller applies the same ones:
/// unknown → Invalid (or Accepted under <see cref="UnknownIdTokenPolicy.Accept"/>); a stored non-Accepted status as
/// stored; an Accepted token past its expiry → Expired; an Accepted token already in another running transaction
/// without permission for concurrent ones → ConcurrentTx.
/// </summary>
internal static class AuthorizationPolicy
{
    /// <summary>Whether the caller must look for other running transactions before <see cref="Evaluate"/>.</summary>
    public static bool NeedsConcurrencyCheck(IdTokenRecord? token, DateTimeOffset now) =>
        token is { Status: IdTokenStatus.Accepted, AllowConcurrentTransactions: false } && !IsExpired(token, now);

    public static AuthorizationResult Evaluate(
        IdTokenRecord? token, DateTimeOffset now, bool inOtherRunningTransaction, UnknownIdTokenPolicy unknownPolicy)
    {
        if (token is null)
        {
            return unknownPolicy == UnknownIdTokenPolicy.Accept
                ? new AuthorizationResult(IdTokenStatus.Accepted)
                : AuthorizationResult.Invalid;
        }

        var status = token.Status switch
        {
            IdTokenStatus.Accepted when IsExpired(token, now) => IdTokenStatus.Expired,
            IdTokenStatus.Accepted when inOtherRunningTransaction && !token.AllowConcurrentTransactions =>
                IdTokenStatus.ConcurrentTx,
            // Never stored (IdTokenService refuses it); a row that says so anyway is not trusted.
            IdTokenStatus.ConcurrentTx => IdTokenStatus.Invalid,
            var stored => stored,
        };

        return new AuthorizationResult(status) { ExpiresAt = token.ExpiresAt, GroupId = token.GroupId };
    }

    private static bool IsExpired(IdTokenRecord token, DateTimeOffset now) => token.ExpiresAt is { } expiry && expiry <= now;
}
