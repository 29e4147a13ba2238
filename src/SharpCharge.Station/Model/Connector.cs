namespace SharpCharge.Station.Model;

/// <summary>One connector of an EVSE and its 1.6 state machine. Guarded by the station's lock.</summary>
internal sealed class Connector(int evseId, int id)
{
    public int EvseId { get; } = evseId;

    public int Id { get; } = id;

    public ConnectorStatus Status { get; private set; } = ConnectorStatus.Available;

    /// <summary>Set Inoperative by ChangeAvailability: Unavailable whenever no session runs. Kept through reboots.</summary>
    public bool Inoperative { get; set; }

    /// <summary>Moves to <paramref name="to"/> when the state machine allows it; staying put is not a change.</summary>
    public bool TryMove(ConnectorStatus to)
    {
        if (to == Status || !ConnectorTransitions.IsAllowed(Status, to))
        {
            return false;
        }

        Status = to;
        return true;
    }
}
