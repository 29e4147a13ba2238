namespace SharpCharge.Station.Model;

/// <summary>
/// The state of one connector, in the OCPP 1.6 vocabulary (OCPP-NOTES §4.3). 2.x stations report the coarser
/// connector status derived from it: Preparing, Charging, SuspendedEV, SuspendedEVSE and Finishing are all
/// Occupied there.
/// </summary>
public enum ConnectorStatus
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
}
