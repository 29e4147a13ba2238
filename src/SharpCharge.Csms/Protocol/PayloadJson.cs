using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SharpCharge.Csms.Protocol;

/// <summary>Turns a received message back into its JSON, for the reports the domain keeps verbatim.</summary>
internal static class PayloadJson
{
    public static string Serialize<T>(T message, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(message, typeInfo);
}
