using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Api.IdTokens;

/// <summary>POST /api/id-tokens. Only <c>id_token</c> is required; status defaults to accepted, type to Central.</summary>
internal sealed record CreateIdTokenRequest(
    string? IdToken,
    string? Type,
    IdTokenStatus? Status,
    DateTimeOffset? ExpiresAt,
    string? GroupId,
    bool? AllowConcurrentTransactions);
