using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    // 2.0.1 names a charging limit's source with an enumeration; 2.1 with a string (V21/V21StationProtocol.LimitSource.cs).
    private static ChargingLimitSourceEnumType CsoSource => ChargingLimitSourceEnumType.CSO;
}
