using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// A profile a 2.x charger says it holds (ReportChargingProfiles, K09), with the source it gives: CSO (the central
/// system), EMS, SO or Other.
/// </summary>
internal sealed record ReportedChargingProfile(string ChargerId, int RequestId, int EvseId, string LimitSource, ChargingProfile Profile, DateTimeOffset ReportedAt);
