using System.Text.Json.Serialization;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Api.Transactions;

/// <summary>A charging session as the API shows it. Energy in kWh; meter readings in Wh.</summary>
/// <param name="TransactionId">The central system's number (1.6 chargers use it as their transactionId).</param>
/// <param name="ChargerTransactionId">2.x: the charger's own transaction id; null for 1.6.</param>
/// <param name="EnergyKwh">Ended: meter stop − meter start. Running: newest reading − meter start, so far.</param>
/// <param name="Cost">
/// energy_kwh × the station's price_per_kwh, plus the tariff's price per minute and session fee when set; fixed when
/// the session ends (running: the estimate so far, in the single-transaction view only). Null without a tariff.
/// </param>
/// <param name="MeterValues">Every stored sample, oldest first: only in GET /api/transactions/{id}.</param>
internal sealed record TransactionDto(
    long TransactionId,
    string ChargerId,
    string? ChargerTransactionId,
    int? EvseId,
    int? ConnectorId,
    string? IdToken,
    TransactionState State,
    bool Active,
    DateTimeOffset StartedAt,
    DateTimeOffset? StoppedAt,
    decimal? MeterStartWh,
    decimal? MeterStopWh,
    decimal? EnergyKwh,
    decimal? Cost,
    string? Currency,
    string? StopReason,
    int? RemoteStartId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MeterValueDto>? MeterValues = null)
{
    public static TransactionDto From(TransactionRecord t) =>
        new(
            t.Id,
            t.ChargerId,
            t.ChargerTransactionId,
            t.EvseId,
            t.ConnectorId,
            t.IdToken,
            t.State,
            t.State == TransactionState.Running,
            t.StartedAt,
            t.StoppedAt,
            t.MeterStartWh,
            t.MeterStopWh,
            (t.EnergyWh ?? (t.State == TransactionState.Running && t.LastMeterWh is { } last && t.MeterStartWh is { } start ? Math.Max(0m, last - start) : null)) / 1000m,
            t.Cost,
            t.Currency,
            t.StopReason,
            t.RemoteStartId);
}
