using SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Station.Protocol.V21;

internal sealed partial class V21StationProtocol
{
    // 2.1 types an idToken with a free string; 2.0.1 with an enumeration (V201/V201StationProtocol.Tokens.V201Only.cs).
    private static string LocalTokenType => "ISO14443";

    private static string CentralTokenType => "Central";

    private static IdTokenType Token(string idToken, string type) => new() { IdToken = idToken, Type = type };
}
