namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// The answer to <see cref="StopCharging"/>: once the session ended, its energy (kWh) and cost; null with
/// <see cref="Reason"/> when the charger has not reported the end in time.
/// </summary>
internal sealed record StopChargingResult(CommandResult Command, decimal? EnergyKwh, decimal? Cost, string? Currency, string? Reason);
