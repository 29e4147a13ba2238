using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// The outcome of a TransactionEvent. <see cref="IdTokenInfo"/> is set whenever the request carried an idToken
/// (the response must then include idTokenInfo). <see cref="Replayed"/>: this (transaction, seqNo) had been stored
/// before and nothing changed. The transaction's <see cref="TransactionRecord.Cost"/> is the total cost once ended.
/// </summary>
internal sealed record TransactionEventResult(TransactionRecord Transaction, AuthorizationResult? IdTokenInfo, bool Replayed);
