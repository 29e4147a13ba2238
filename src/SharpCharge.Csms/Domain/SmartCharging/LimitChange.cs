namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// One limit the balancer sent to a session's EVSE, and whether the charger accepted it; when not, <see cref="Refusal"/>
/// says why (the outcome, the charger's status and its reason). <see cref="SiteLimitW"/> is the site's limit the round
/// divided, so a limit can be told apart from one planned before an operator changed the capacity.
/// </summary>
internal sealed record LimitChange(DateTimeOffset At, string StationId, string ChargerId, int EvseId, long TransactionId, decimal LimitW, bool Accepted)
{
    public string? Refusal { get; init; }

    public decimal SiteLimitW { get; init; }
}
