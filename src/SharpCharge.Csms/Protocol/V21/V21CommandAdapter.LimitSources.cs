namespace SharpCharge.Csms.Protocol.V21;

internal sealed partial class V21CommandAdapter
{
    // 2.1 names a charging limit's source with a string; 2.0.1 with an enumeration (V201/V201CommandAdapter.LimitSources.V201Only.cs).
    // Asking for every source is how GetChargingProfiles asks for every profile (K09.FR.03 needs one criterion).
    private static IReadOnlyList<string> AllLimitSources => ["CSO", "EMS", "SO", "Other"];
}
