using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    // 2.0.1 types an idToken with an enumeration; 2.1 with a free string (V21/V21StationProtocol.Tokens.cs).
    private static IdTokenEnumType LocalTokenType => IdTokenEnumType.ISO14443;

    private static IdTokenEnumType CentralTokenType => IdTokenEnumType.Central;

    private static IdTokenType Token(string idToken, IdTokenEnumType type) => new() { IdToken = idToken, Type = type };
}
