namespace SharpCharge.Csms.Protocol.V21;

internal sealed partial class V21CentralSystem
{
    /// <summary>Group ids are answered as Central tokens: 2.1 types an idToken with a free string.</summary>
    private static string GroupTokenType => "Central";
}
