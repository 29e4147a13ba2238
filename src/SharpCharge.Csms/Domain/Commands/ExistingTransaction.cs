namespace SharpCharge.Csms.Domain.Commands;

/// <summary>A 2.x start answered with the id of the session already running on that EVSE (F01.FR.21).</summary>
internal sealed record ExistingTransaction(string ChargerTransactionId);
