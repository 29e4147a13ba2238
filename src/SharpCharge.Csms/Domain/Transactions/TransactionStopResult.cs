using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// The answer to a stop. <see cref="IdTokenInfo"/> is set when the request carried an idTag. <see cref="Transaction"/>
/// is null when the transaction id was unknown (the stop is still answered normally, OCPP-NOTES §1.7).
/// </summary>
internal sealed record TransactionStopResult(AuthorizationResult? IdTokenInfo, TransactionRecord? Transaction, bool Replayed);
