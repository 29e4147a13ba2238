namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>One row of the transactions table, as far as the crash test checks it.</summary>
internal sealed record StoredTransaction(long Id, string? ChargerTransactionId, string State, decimal? MeterStartWh, decimal? MeterStopWh, decimal? EnergyWh);
