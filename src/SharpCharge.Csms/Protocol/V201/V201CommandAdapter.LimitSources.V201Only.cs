using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Csms.Protocol.V201;

internal sealed partial class V201CommandAdapter
{
    // 2.0.1 names a charging limit's source with an enumeration; 2.1 with a string (V21/V21CommandAdapter.LimitSources.cs).
    // Asking for every source is how GetChargingProfiles asks for every profile (K09.FR.03 needs one criterion).
    private static IReadOnlyList<ChargingLimitSourceEnumType> AllLimitSources =>
        [ChargingLimitSourceEnumType.CSO, ChargingLimitSourceEnumType.EMS, ChargingLimitSourceEnumType.SO, ChargingLimitSourceEnumType.Other];
}
