using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Domain.Reporting;

/// <summary>One page of a transaction search and how many transactions match in all.</summary>
internal sealed record TransactionPage(IReadOnlyList<TransactionRecord> Items, int Total);
