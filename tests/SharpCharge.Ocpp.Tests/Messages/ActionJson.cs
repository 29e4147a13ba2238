using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Tests.Messages;

/// <summary>
/// The serializer metadata of any action's payloads, without knowing its generic arguments. Reflection is fine
/// in tests; the descriptors expose the metadata only through their generic types.
/// </summary>
internal static class ActionJson
{
    public static JsonTypeInfo Request(OcppAction action)
        => Get(action, action.IsSendOnly ? "MessageJson" : "RequestJson");

    public static JsonTypeInfo Response(OcppAction action) => Get(action, "ResponseJson");

    private static JsonTypeInfo Get(OcppAction action, string property)
        => (JsonTypeInfo)(action.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(action)
            ?? throw new InvalidOperationException($"{action} has no {property}."));
}
