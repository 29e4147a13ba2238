using System.Text.Json;

namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>What came back for a fuzzed frame: the MessageTypeId, the message id, and the error code (or <see cref="FuzzFrame.Result"/>).</summary>
public sealed record FuzzAnswer(int MessageType, string Id, string Code)
{
    /// <summary>
    /// Reads the envelope of an answer with <see cref="Utf8JsonReader"/> (a million of them must be cheap); one that
    /// is not a well-formed CALLRESULT or CALLERROR comes back with MessageType 0.
    /// </summary>
    public static FuzzAnswer Parse(ReadOnlySpan<byte> frame)
    {
        try
        {
            var reader = new Utf8JsonReader(frame);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray || !reader.Read() || !reader.TryGetInt32(out var type)
                || !reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return Malformed;
            }

            var id = reader.GetString()!;
            if (!reader.Read())
            {
                return Malformed;
            }

            switch (type)
            {
                case 3 when reader.TokenType == JsonTokenType.StartObject:
                    reader.Skip();
                    return reader.Read() && reader.TokenType == JsonTokenType.EndArray ? new(3, id, FuzzFrame.Result) : Malformed;
                case 4 when reader.TokenType == JsonTokenType.String:
                    var code = reader.GetString()!;
                    // errorDescription (a string), then errorDetails (an object), then the end.
                    return reader.Read() && reader.TokenType == JsonTokenType.String && reader.Read() && reader.TokenType == JsonTokenType.StartObject
                        && TrySkip(ref reader) && reader.Read() && reader.TokenType == JsonTokenType.EndArray
                        ? new(4, id, code)
                        : Malformed;
                default:
                    return Malformed;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Malformed;
        }
    }

    public override string ToString() => MessageType switch
    {
        3 => $"CALLRESULT {Id}",
        4 => $"CALLERROR {Id} {Code}",
        _ => "a malformed answer",
    };

    private static FuzzAnswer Malformed { get; } = new(0, "", "");

    private static bool TrySkip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }
}
