using SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Simulator.Load.Protocol.V21;

internal sealed partial class V21LoadProtocol
{
    // 2.1 types an idToken with a free string; 2.0.1 with an enumeration (V201/V201LoadProtocol.Tokens.V201Only.cs).
    private static IdTokenType Token(string idToken) => new() { IdToken = idToken, Type = "ISO14443" };
}
