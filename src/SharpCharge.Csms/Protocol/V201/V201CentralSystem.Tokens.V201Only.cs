using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Csms.Protocol.V201;

internal sealed partial class V201CentralSystem
{
    /// <summary>Group ids are answered as Central tokens: 2.0.1 types an idToken with an enumeration.</summary>
    private static IdTokenEnumType GroupTokenType => IdTokenEnumType.Central;
}
