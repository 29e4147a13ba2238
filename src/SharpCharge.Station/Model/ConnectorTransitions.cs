namespace SharpCharge.Station.Model;

/// <summary>
/// The transitions OCPP 1.6 allows for connectors above 0 (OCPP-NOTES §4.3, the from/to table of the 1.6
/// specification §4.9 with the errata applied). A row is the current state, a bit the states it may move to.
/// </summary>
internal static class ConnectorTransitions
{
    private const int Available = 1 << (int)ConnectorStatus.Available;
    private const int Preparing = 1 << (int)ConnectorStatus.Preparing;
    private const int Charging = 1 << (int)ConnectorStatus.Charging;
    private const int SuspendedEV = 1 << (int)ConnectorStatus.SuspendedEV;
    private const int SuspendedEVSE = 1 << (int)ConnectorStatus.SuspendedEVSE;
    private const int Finishing = 1 << (int)ConnectorStatus.Finishing;
    private const int Reserved = 1 << (int)ConnectorStatus.Reserved;
    private const int Unavailable = 1 << (int)ConnectorStatus.Unavailable;
    private const int Faulted = 1 << (int)ConnectorStatus.Faulted;

    private static readonly int[] Allowed =
    [
        /* Available     */ Preparing | Charging | SuspendedEV | SuspendedEVSE | Reserved | Unavailable | Faulted,
        /* Preparing     */ Available | Charging | SuspendedEV | SuspendedEVSE | Finishing | Faulted,
        /* Charging      */ Available | SuspendedEV | SuspendedEVSE | Finishing | Unavailable | Faulted,
        /* SuspendedEV   */ Available | Charging | SuspendedEVSE | Finishing | Unavailable | Faulted,
        /* SuspendedEVSE */ Available | Charging | SuspendedEV | Finishing | Unavailable | Faulted,
        /* Finishing     */ Available | Preparing | Unavailable | Faulted,
        /* Reserved      */ Available | Preparing | Unavailable | Faulted,
        /* Unavailable   */ Available | Preparing | Charging | SuspendedEV | SuspendedEVSE | Faulted,
        /* Faulted       */ Available | Preparing | Charging | SuspendedEV | SuspendedEVSE | Finishing | Reserved | Unavailable,
    ];

    public static bool IsAllowed(ConnectorStatus from, ConnectorStatus to) => (Allowed[(int)from] & (1 << (int)to)) != 0;
}
