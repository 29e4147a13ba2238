using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Csms.Protocol.V201;

internal sealed partial class V201CommandAdapter
{
    /// <summary>A 2.0.1 idToken: its type is an enum (Central when none is given); null when the type is not one of it.</summary>
    private static IdTokenType? Token(string value, string? type)
        => type is null ? new IdTokenType { IdToken = value, Type = IdTokenEnumType.Central }
            : IdTokenEnumType.TryParseOcpp(type, out var parsed) ? new IdTokenType { IdToken = value, Type = parsed } : null;

    private static string TokenTypes => Names<IdTokenEnumType>(t => t.ToOcppString());
}
