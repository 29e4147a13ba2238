namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// One status for a charger with several connectors, for lists, filters and map colours: the REST API and the
/// dashboard must agree on it, or a charger would be "Available" in one and "Charging" in the other.
/// </summary>
internal static class ConnectorStatusRanking
{
    /// <summary>The status that says most about the charger; null when none is known.</summary>
    public static ConnectorStatus? MostSignificant(IEnumerable<ConnectorStatus> statuses)
    {
        ConnectorStatus? best = null;
        foreach (var status in statuses)
        {
            if (best is null || Rank(status) > Rank(best.Value))
            {
                best = status;
            }
        }

        return best;
    }

    // A fault matters most, then a session, then anything occupied, then a reservation, then being out of service,
    // then availability.
    private static int Rank(ConnectorStatus status) => status switch
    {
        ConnectorStatus.Faulted => 9,
        ConnectorStatus.Charging => 8,
        ConnectorStatus.SuspendedEV or ConnectorStatus.SuspendedEVSE => 7,
        ConnectorStatus.Occupied or ConnectorStatus.Preparing or ConnectorStatus.Finishing => 6,
        ConnectorStatus.Reserved => 5,
        ConnectorStatus.Available => 3,
        _ => 4,
    };
}
