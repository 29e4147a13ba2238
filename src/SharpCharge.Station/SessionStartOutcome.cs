namespace SharpCharge.Station;

/// <summary>What <see cref="ChargingStation.StartSessionAsync"/> did.</summary>
public enum SessionStartOutcome
{
    Started,
    NotAuthorized,
    EvseBusy,
    UnknownEvse,
}
