using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>
/// Writes OCPP-J frames (OCPP-J 1.6 §4.2, 2.x Part 4 §4.2) with <see cref="Utf8JsonWriter"/> into a buffer writer.
/// One writer object is cached per thread and re-pointed at each buffer: writing is synchronous, so a thread
/// never uses it for two frames at once.
/// </summary>
internal static class OcppFrameWriter
{
    /// <summary>2.x Part 4 §4.2.3: errorDescription is at most 255 characters.</summary>
    public const int MaxErrorDescriptionLength = 255;

    // Relaxed escaping: frames are never embedded in HTML, and peers read "é" more easily than "\u00E9".
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary><c>[2, id, action, payload]</c> or, for a SEND action, <c>[6, id, action, payload]</c>.</summary>
    public static void WriteCall(IBufferWriter<byte> output, string messageId, OcppAction action, object payload)
    {
        var writer = Rent(output);
        writer.WriteStartArray();
        writer.WriteNumberValue((int)(action.IsSendOnly ? OcppMessageType.Send : OcppMessageType.Call));
        writer.WriteStringValue(messageId);
        writer.WriteStringValue(action.NameUtf8.Span);
        action.WritePayload(writer, payload);
        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary><c>[3, id, payload]</c>.</summary>
    public static void WriteCallResult<TResponse>(IBufferWriter<byte> output, string messageId, TResponse payload, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> typeInfo)
    {
        var writer = Rent(output);
        writer.WriteStartArray();
        writer.WriteNumberValue((int)OcppMessageType.CallResult);
        writer.WriteStringValue(messageId);
        JsonSerializer.Serialize(writer, payload, typeInfo);
        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>
    /// <c>[4, id, code, description, details]</c> (or 2.1's CALLRESULTERROR, type 5). The description is cut to
    /// 255 characters; details are an object, <c>{}</c> when empty, never null (Part 4 §4.2.3).
    /// </summary>
    public static void WriteCallError(
        IBufferWriter<byte> output,
        OcppMessageType type,
        string messageId,
        string errorCode,
        string? description,
        IReadOnlyList<KeyValuePair<string, string>>? details)
    {
        var writer = Rent(output);
        writer.WriteStartArray();
        writer.WriteNumberValue((int)type);
        writer.WriteStringValue(messageId);
        writer.WriteStringValue(errorCode);
        description ??= "";
        writer.WriteStringValue(description.Length > MaxErrorDescriptionLength ? description[..MaxErrorDescriptionLength] : description);
        writer.WriteStartObject();
        if (details is not null)
        {
            foreach (var (key, value) in details)
            {
                writer.WriteString(key, value);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.Flush();
    }

    private static Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, Options);
            t_writer = writer;
        }
        else
        {
            writer.Reset(output);
        }

        return writer;
    }
}
