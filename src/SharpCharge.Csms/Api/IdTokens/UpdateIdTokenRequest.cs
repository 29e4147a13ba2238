using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Api.IdTokens;

/// <summary>
/// PATCH /api/id-tokens/{id_token}: only the fields present change. <c>expires_at</c> is an ISO 8601 time, or
/// <c>""</c> for no end; <c>group_id: ""</c> takes the token out of its group.
/// </summary>
internal sealed record UpdateIdTokenRequest(
    string? Type,
    IdTokenStatus? Status,
    string? ExpiresAt,
    string? GroupId,
    bool? AllowConcurrentTransactions);
