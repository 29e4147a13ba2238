using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// The answer to a start: the central system's transaction id (always issued, whatever the token's status) and the
/// token's authorization. <see cref="Replayed"/> is true when the same start had been stored before.
/// </summary>
internal sealed record TransactionStartResult(long TransactionId, AuthorizationResult IdTokenInfo, bool Replayed);
