namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// What a session costs so far (running) or cost in the end (ended): energy from the newest meter reading, duration
/// until now or the stop. <see cref="Cost"/> and <see cref="Currency"/> are null without a tariff.
/// </summary>
internal sealed record CostEstimate(
    long TransactionId, TransactionState State, decimal? EnergyWh, TimeSpan Duration, decimal? Cost, string? Currency, DateTimeOffset At);
