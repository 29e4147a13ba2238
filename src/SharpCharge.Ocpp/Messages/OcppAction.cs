using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Messages;

/// <summary>
/// One action of one OCPP version: its name on the wire, who sends it, and the serializer metadata and compiled
/// validators of its payloads. Instances are generated (see <c>V16Actions</c>, <c>V201Actions</c>,
/// <c>V21Actions</c>) and live for the whole process.
/// </summary>
public abstract class OcppAction
{
    private readonly OcppPayloadValidator _requestValidator;

    private protected OcppAction(OcppVersion version, string name, OcppActionDirection direction, OcppPayloadValidator requestValidator)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(requestValidator);
        Version = version;
        Name = name;
        NameUtf8 = Encoding.UTF8.GetBytes(name);
        Direction = direction;
        _requestValidator = requestValidator;
    }

    /// <summary>The OCPP version that defines this action.</summary>
    public OcppVersion Version { get; }

    /// <summary>The action name as it travels in a CALL, e.g. <c>BootNotification</c> (case-sensitive).</summary>
    public string Name { get; }

    /// <summary>The action name as UTF-8, for writing frames without transcoding.</summary>
    public ReadOnlyMemory<byte> NameUtf8 { get; }

    /// <summary>Which side sends the CALL (or the SEND) of this action.</summary>
    public OcppActionDirection Direction { get; }

    /// <summary>The payload type of the CALL (or SEND).</summary>
    public abstract Type RequestType { get; }

    /// <summary>The payload type of the CALLRESULT; null for a SEND-only action.</summary>
    public abstract Type? ResponseType { get; }

    /// <summary>
    /// Source-generated serializer metadata of the CALL (or SEND) payload, for code that does not know the payload
    /// type at compile time: <c>JsonSerializer.Serialize(payload, action.RequestJsonInfo)</c>. Its
    /// <see cref="JsonTypeInfo.Type"/> is <see cref="RequestType"/>.
    /// </summary>
    public abstract JsonTypeInfo RequestJsonInfo { get; }

    /// <summary>
    /// Source-generated serializer metadata of the CALLRESULT payload; null for a SEND-only action. Its
    /// <see cref="JsonTypeInfo.Type"/> is <see cref="ResponseType"/>.
    /// </summary>
    public abstract JsonTypeInfo? ResponseJsonInfo { get; }

    /// <summary>True for a 2.1 SEND action, which is never answered.</summary>
    public bool IsSendOnly => ResponseType is null;

    /// <summary>Checks a request payload against its schema; see <see cref="OcppPayloadValidator"/>.</summary>
    public bool ValidateRequest(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error)
        => _requestValidator(ref reader, out error);

    /// <summary>Checks a response payload against its schema. A SEND-only action has none and accepts nothing.</summary>
    public abstract bool ValidateResponse(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error);

    /// <summary>
    /// Binds a handler object to this action when it implements the matching <see cref="IOcppHandler{TRequest, TResponse}"/>
    /// (or <see cref="IOcppSendHandler{TMessage}"/>). Done once per handler when a router is built, never per message.
    /// </summary>
    internal abstract OcppHandlerBinding? Bind(object handler);

    /// <summary>Writes a request (or SEND) payload of this action; <paramref name="payload"/> must be its request type.</summary>
    internal abstract void WritePayload(Utf8JsonWriter writer, object payload);

    /// <summary>Reads a response payload that has passed <see cref="ValidateResponse"/>.</summary>
    internal abstract IOcppResponse ReadResponse(ReadOnlySpan<byte> payload);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Version})";
}
