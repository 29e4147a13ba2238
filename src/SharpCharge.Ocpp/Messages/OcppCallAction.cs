using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Messages;

/// <summary>An action answered by a CALLRESULT: a typed request, a typed response, their serializers and validators.</summary>
public sealed class OcppCallAction<TRequest, TResponse> : OcppAction
    where TRequest : class, IOcppRequest<TResponse>
    where TResponse : class, IOcppResponse
{
    private readonly OcppPayloadValidator _responseValidator;

    /// <summary>Creates the descriptor; called by generated code only.</summary>
    public OcppCallAction(
        OcppVersion version,
        string name,
        OcppActionDirection direction,
        JsonTypeInfo<TRequest> requestJson,
        JsonTypeInfo<TResponse> responseJson,
        OcppPayloadValidator requestValidator,
        OcppPayloadValidator responseValidator)
        : base(version, name, direction, requestValidator)
    {
        ArgumentNullException.ThrowIfNull(requestJson);
        ArgumentNullException.ThrowIfNull(responseJson);
        ArgumentNullException.ThrowIfNull(responseValidator);
        RequestJson = requestJson;
        ResponseJson = responseJson;
        _responseValidator = responseValidator;
    }

    /// <summary>Source-generated serializer metadata of the request.</summary>
    public JsonTypeInfo<TRequest> RequestJson { get; }

    /// <summary>Source-generated serializer metadata of the response.</summary>
    public JsonTypeInfo<TResponse> ResponseJson { get; }

    /// <inheritdoc />
    public override Type RequestType => typeof(TRequest);

    /// <inheritdoc />
    public override Type ResponseType => typeof(TResponse);

    /// <inheritdoc />
    public override JsonTypeInfo RequestJsonInfo => RequestJson;

    /// <inheritdoc />
    public override JsonTypeInfo ResponseJsonInfo => ResponseJson;

    /// <inheritdoc />
    public override bool ValidateResponse(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error)
        => _responseValidator(ref reader, out error);

    internal override void WritePayload(Utf8JsonWriter writer, object payload)
        => JsonSerializer.Serialize(writer, (TRequest)payload, RequestJson);

    internal override IOcppResponse ReadResponse(ReadOnlySpan<byte> payload)
        => JsonSerializer.Deserialize(payload, ResponseJson) ?? throw new JsonException($"The {Name} response is null.");

    internal override OcppHandlerBinding? Bind(object handler)
        => handler is IOcppHandler<TRequest, TResponse> typed ? new OcppCallHandlerBinding<TRequest, TResponse>(this, typed) : null;
}
