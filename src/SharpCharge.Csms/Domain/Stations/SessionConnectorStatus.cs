namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// A 2.x charger reports a connector in use as Occupied whether or not energy flows; whether it does is the running
/// session's chargingState (TransactionEvent transactionInfo.chargingState, sent whenever it changes, E02.FR.13).
/// Views that tell charging from merely occupied (the dashboard's colours) read the two together as the
/// version-neutral status a 1.6 charger would have reported.
/// </summary>
internal static class SessionConnectorStatus
{
    /// <summary>
    /// <paramref name="reported"/>, made precise by the session's <paramref name="chargingState"/> when the connector
    /// is merely Occupied (or never reported). A fault or any other report the charger made stays as reported.
    /// </summary>
    public static ConnectorStatus? Of(ConnectorStatus? reported, string? chargingState) =>
        reported is null or ConnectorStatus.Occupied
            ? chargingState switch
            {
                "Charging" => ConnectorStatus.Charging,
                "SuspendedEV" => ConnectorStatus.SuspendedEV,
                "SuspendedEVSE" => ConnectorStatus.SuspendedEVSE,

                // EVConnected and Idle: a vehicle plugged in (or the cable not yet) without energy flowing, i.e. occupied.
                _ => reported,
            }
            : reported;
}
