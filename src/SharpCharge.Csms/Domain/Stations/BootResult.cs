namespace SharpCharge.Csms.Domain.Stations;

/// <summary>The answer to a boot: registration status, the interval to send back, and the current time.</summary>
/// <param name="Interval">Heartbeat interval when Accepted; the wait before the next boot when Pending or Rejected.</param>
internal sealed record BootResult(ChargerRegistrationStatus Status, TimeSpan Interval, DateTimeOffset CurrentTime);
