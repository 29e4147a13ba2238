namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// One limit the balancer sent to a session's EVSE, and whether the charger accepted it; when not, <see cref="Refusal"/>
/// says why (the outcome, the charger's status and its reason).
/// </summary>
internal sealed record LimitChange(DateTimeOffset At, string StationId, string ChargerId, int EvseId, long TransactionId, decimal LimitW, bool Accepted)
{
    public string? Refusal { get; init; }
}
