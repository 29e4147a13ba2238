namespace SharpCharge.Station.Protocol.V21;

internal sealed partial class V21StationProtocol
{
    // 2.1 names a charging limit's source with a string; 2.0.1 with an enumeration (V201/V201StationProtocol.LimitSource.V201Only.cs).
    private static string CsoSource => "CSO";
}
