namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>What <see cref="CompositeScheduleCalculator"/> needs to compute one EVSE's composite schedule.</summary>
public sealed record CompositeScheduleInput
{
    /// <summary>The window's start ("now" for GetCompositeSchedule, K08.FR.02); whole seconds count.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>The window's length in seconds.</summary>
    public required int Duration { get; init; }

    /// <summary>The unit of the result's limits.</summary>
    public ChargingRateUnit Unit { get; init; } = ChargingRateUnit.W;

    public required EvseElectrical Evse { get; init; }

    /// <summary>Profiles installed on EVSE 0 (connector 0): station max, external constraints, TxDefault for all EVSEs.</summary>
    public IReadOnlyList<ChargingProfile> StationProfiles { get; init; } = [];

    /// <summary>Profiles installed on this EVSE: its TxDefault, the running transaction's TxProfile, and so on.</summary>
    public IReadOnlyList<ChargingProfile> EvseProfiles { get; init; } = [];

    /// <summary>When the running transaction started: Relative profiles count from it. Null: they count from <see cref="Start"/>.</summary>
    public DateTimeOffset? TransactionStart { get; init; }

    /// <summary>2.1 K21/K22: priority charging was activated, so a PriorityCharging profile replaces Tx(Default)Profile.</summary>
    public bool PriorityChargingActive { get; init; }
}
