using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Station.Model;

namespace SharpCharge.Station.SmartCharging;

/// <summary>A profile the station holds: where it is installed (0 = the station) and, for a TxProfile, its session.</summary>
internal sealed record InstalledProfile(int EvseId, ChargingProfile Profile, Session? Session);
