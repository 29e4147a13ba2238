namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// One live change as the browser receives it on <c>/dashboard/live</c>: the event (kind in snake_case, connector,
/// transaction, readings) plus the charger's state afterwards, so the page needs no second request.
/// </summary>
internal sealed record LiveView(string Kind, string ChargerId, DateTimeOffset At)
{
    /// <summary>The charger's colour state now (see <see cref="ChargerState"/>).</summary>
    public string? State { get; init; }

    /// <summary>The charger's overall status now, as the chargers table shows it.</summary>
    public string? Status { get; init; }

    public bool? Connected { get; init; }

    /// <summary>The charger's power now over all its sessions, in kW.</summary>
    public decimal? ChargerPowerKw { get; init; }

    /// <summary>The energy of the charger's running sessions so far, in kWh.</summary>
    public decimal? ChargerEnergyKwh { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    /// <summary>The connector's new status (status changes).</summary>
    public string? ConnectorStatus { get; init; }

    public long? TransactionId { get; init; }

    /// <summary>The reading that came with a meter update or transaction event, in kW.</summary>
    public decimal? PowerKw { get; init; }

    public decimal? EnergyKwh { get; init; }

    public decimal? SocPercent { get; init; }

    /// <summary>Frames of the protocol log that arrived since the last event (charger page only).</summary>
    public IReadOnlyList<LogLine>? Log { get; init; }
}
