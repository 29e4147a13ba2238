namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>The composite schedule of an EVSE: from <c>start</c>, the periods it will follow.</summary>
internal sealed record ScheduleResponse(string Status, string ChargerId, long CommandId, string? ChargerStatus, int EvseId, DateTimeOffset? Start, int? DurationSeconds, string RateUnit, IReadOnlyList<SchedulePeriodView> Periods)
{
    /// <summary>With <c>predicted=true</c>: what the central system's calculator predicts from what the charger has.</summary>
    public SmartCharging.PredictedScheduleView? Predicted { get; init; }
}
