using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Domain.Reporting;

/// <summary>
/// The chargers as they are now, read together: the chargers (deleted ones excluded), their connectors' current
/// status, their running transactions, and the newest power reading of each running transaction in kW.
/// </summary>
internal sealed record FleetSnapshot(
    IReadOnlyList<Charger> Chargers,
    IReadOnlyList<ConnectorState> Connectors,
    IReadOnlyList<TransactionRecord> RunningTransactions,
    IReadOnlyDictionary<long, decimal> PowerKwByTransaction);
