namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// The answer to <see cref="StartCharging"/>: the session the charger started (the central system's id), or null with
/// <see cref="Reason"/> saying why there is none.
/// </summary>
internal sealed record StartChargingResult(CommandResult Command, long? TransactionId, string? Reason);
