using System.Text.Json;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Ocpp.Routing;

/// <summary>An action bound to the handler method that serves it; built once per router.</summary>
internal abstract class OcppHandlerBinding
{
    protected OcppHandlerBinding(OcppAction action) => Action = action;

    public OcppAction Action { get; }

    /// <summary>Reads a payload that has passed the action's request validator.</summary>
    public abstract object Deserialize(ReadOnlySpan<byte> payload);

    /// <summary>Runs the handler and sends its answer (CALLRESULT or CALLERROR; nothing for a SEND).</summary>
    public abstract ValueTask InvokeAsync(OcppConnection connection, object request, string messageId);

    protected static T DeserializeOrThrow<T>(ReadOnlySpan<byte> payload, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
        => JsonSerializer.Deserialize(payload, typeInfo) ?? throw new JsonException("The payload is null.");
}
