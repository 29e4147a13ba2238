using SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Csms.Protocol.V21;

internal sealed partial class V21CommandAdapter
{
    /// <summary>A 2.1 idToken: its type is a free string (Central when none is given).</summary>
    private static IdTokenType? Token(string value, string? type) => new() { IdToken = value, Type = type ?? "Central" };

    private static string TokenTypes => "any string";
}
