namespace SharpCharge.Csms.Domain.Reporting;

/// <summary>Read-only queries across chargers, transactions and meter values for the REST API and the dashboard.</summary>
internal interface IReportingStore
{
    /// <summary>The fleet now; <paramref name="stationId"/> or <paramref name="chargerId"/> narrow it when given.</summary>
    Task<FleetSnapshot> GetFleetAsync(string? stationId, string? chargerId, CancellationToken cancellationToken);

    Task<TransactionPage> SearchTransactionsAsync(TransactionQuery query, CancellationToken cancellationToken);

    /// <summary>Sessions running now or ended at or after <paramref name="since"/>, whenever they started.</summary>
    Task<IReadOnlyList<Transactions.TransactionRecord>> ListActiveSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The energy of all ended sessions, in Wh.</summary>
    Task<decimal> EndedEnergyWhAsync(CancellationToken cancellationToken);

    /// <summary>The energy of ended sessions per station, for those with any.</summary>
    Task<IReadOnlyList<StationEnergy>> EnergyByStationAsync(CancellationToken cancellationToken);
}
