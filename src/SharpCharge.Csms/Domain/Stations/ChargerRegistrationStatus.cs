namespace SharpCharge.Csms.Domain.Stations;

/// <summary>Whether the central system lets a charger operate (OCPP RegistrationStatus, the same in every version).</summary>
internal enum ChargerRegistrationStatus
{
    Accepted,
    Pending,
    Rejected,
}
