using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Simulator.Load.Protocol.V201;

internal sealed partial class V201LoadProtocol
{
    // 2.0.1 types an idToken with an enumeration; 2.1 with a free string (V21/V21LoadProtocol.Tokens.cs).
    private static IdTokenType Token(string idToken) => new() { IdToken = idToken, Type = IdTokenEnumType.ISO14443 };
}
