namespace SharpCharge.Station;

/// <summary>The answer of the last BootNotification, in every version's words.</summary>
public enum RegistrationState
{
    NotBooted,
    Pending,
    Accepted,
    Rejected,
}
