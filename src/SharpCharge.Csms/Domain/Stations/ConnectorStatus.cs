namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// Version-neutral connector status: the 1.6 ChargePointStatus values plus 2.x <see cref="Occupied"/> (2.x reports
/// Available, Occupied, Reserved, Unavailable, Faulted; 1.6 splits "occupied" into Preparing … Finishing).
/// </summary>
internal enum ConnectorStatus
{
    Available,
    Preparing,
    Charging,
    SuspendedEV,
    SuspendedEVSE,
    Finishing,
    Reserved,
    Unavailable,
    Faulted,
    Occupied,
}
