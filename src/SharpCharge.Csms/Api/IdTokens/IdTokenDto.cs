using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Api.IdTokens;

/// <summary>An id token (RFID card, app token, …) the central system authorizes.</summary>
/// <param name="Type">2.x IdTokenEnumType (iso14443, central, emaid, …); 1.6 tags are central.</param>
/// <param name="ExpiresAt">After this instant the token answers Expired; null: no end.</param>
/// <param name="GroupId">Tokens of one group may stop each other's sessions (1.6 parentIdTag, 2.x groupIdToken).</param>
/// <param name="AllowConcurrentTransactions">False: a second session while one runs answers ConcurrentTx.</param>
internal sealed record IdTokenDto(
    string IdToken,
    string Type,
    IdTokenStatus Status,
    DateTimeOffset? ExpiresAt,
    string? GroupId,
    bool AllowConcurrentTransactions)
{
    public static IdTokenDto From(IdTokenRecord t) =>
        new(t.Value, t.Type, t.Status, t.ExpiresAt, t.GroupId, t.AllowConcurrentTransactions);
}
