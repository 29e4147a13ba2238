namespace SharpCharge.Csms.Domain.Transactions;

internal enum TransactionState
{
    Running,
    Ended,
}
