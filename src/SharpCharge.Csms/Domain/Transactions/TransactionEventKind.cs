namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>2.x TransactionEventEnumType.</summary>
internal enum TransactionEventKind
{
    Started,
    Updated,
    Ended,
}
