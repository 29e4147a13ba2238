using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpCharge.Ocpp.Serialization;

/// <summary>
/// The OCPP date-time on the wire: reads any RFC 3339 date-time, writes UTC with a <c>Z</c> suffix and at most
/// three fraction digits, omitted when the milliseconds are zero (OCPP 2.0.1 Part 2 §2.1.2). The generated JSON
/// contexts use it for every <see cref="DateTimeOffset"/>; add it to your own contexts that carry OCPP times.
/// </summary>
public sealed class OcppDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An OCPP date-time must be a JSON string, not {reader.TokenType}.");
        }

        if (!Rfc3339DateTime.TryParse(ref reader, out var value))
        {
            throw new JsonException("The value is not an RFC 3339 date-time.");
        }

        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[Rfc3339DateTime.MaxFormattedLength];
        var length = Rfc3339DateTime.FormatUtc(value, buffer);
        writer.WriteStringValue(buffer[..length]);
    }
}
