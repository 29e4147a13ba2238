namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// The answer to a stop: <c>status</c> success, rejected, offline or timeout; once the session ended, its energy in kWh
/// and its cost (null with <c>reason</c> when the charger has not reported the end in time).
/// </summary>
internal sealed record StopResponse(string Status, long TransactionId, decimal? EnergyConsumed, decimal? Cost, string? Currency, string? Reason, long CommandId)
{
    public string? ChargerStatus { get; init; }
}
