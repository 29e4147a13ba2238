namespace SharpCharge.Csms.Domain.Stations;

/// <summary>A charger's stored password hash (null when none is set), read only to verify a password.</summary>
internal sealed record ChargerPasswordHash(string ChargerId, string? Hash)
{
    // Keeps the hash out of log lines and debugger displays that print the record.
    public override string ToString() => $"ChargerPasswordHash {{ ChargerId = {ChargerId}, HasHash = {Hash is not null} }}";
}
