using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Messages;

/// <summary>An OCPP 2.1 SEND action (MessageTypeId 6): a payload that is delivered and never answered.</summary>
public sealed class OcppSendAction<TMessage> : OcppAction
    where TMessage : class, IOcppSendMessage
{
    /// <summary>Creates the descriptor; called by generated code only.</summary>
    public OcppSendAction(
        OcppVersion version,
        string name,
        OcppActionDirection direction,
        JsonTypeInfo<TMessage> messageJson,
        OcppPayloadValidator messageValidator)
        : base(version, name, direction, messageValidator)
    {
        ArgumentNullException.ThrowIfNull(messageJson);
        MessageJson = messageJson;
    }

    /// <summary>Source-generated serializer metadata of the message.</summary>
    public JsonTypeInfo<TMessage> MessageJson { get; }

    /// <inheritdoc />
    public override Type RequestType => typeof(TMessage);

    /// <inheritdoc />
    public override Type? ResponseType => null;

    /// <inheritdoc />
    public override JsonTypeInfo RequestJsonInfo => MessageJson;

    /// <inheritdoc />
    public override JsonTypeInfo? ResponseJsonInfo => null;

    /// <inheritdoc />
    public override bool ValidateResponse(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error)
    {
        error = new OcppValidationError(OcppValidationErrorKind.PayloadNotObject, "", $"{Name} is a SEND message and has no response.");
        return false;
    }

    internal override void WritePayload(Utf8JsonWriter writer, object payload)
        => JsonSerializer.Serialize(writer, (TMessage)payload, MessageJson);

    internal override IOcppResponse ReadResponse(ReadOnlySpan<byte> payload)
        => throw new InvalidOperationException($"{Name} is a SEND message and has no response.");

    internal override OcppHandlerBinding? Bind(object handler)
        => handler is IOcppSendHandler<TMessage> typed ? new OcppSendHandlerBinding<TMessage>(this, typed) : null;
}
