using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>Turns commands and replies into the JSON messages nodes exchange, and back, through <see cref="ClusterJsonContext"/>.</summary>
internal static class ClusterCodec
{
    public static byte[] EncodeCommand(string chargerId, ChargerCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var type = command.GetType();
        if (!ClusterWireTypes.Commands.TryGetValue(type.Name, out var listed) || listed != type)
        {
            throw new NotSupportedException($"{type.Name} cannot be sent to another node: it is missing from ClusterWireTypes.");
        }

        var json = JsonSerializer.SerializeToElement(command, TypeInfo(type));
        return JsonSerializer.SerializeToUtf8Bytes(new RemoteCommandRequest(chargerId, type.Name, json), ClusterJsonContext.Default.RemoteCommandRequest);
    }

    /// <summary>Reads a command message; throws <see cref="JsonException"/> when it is malformed or names an unknown command.</summary>
    public static (string ChargerId, ChargerCommand Command) DecodeCommand(ReadOnlySpan<byte> body)
    {
        var request = JsonSerializer.Deserialize(body, ClusterJsonContext.Default.RemoteCommandRequest)
            ?? throw new JsonException("The command message is empty.");
        if (!ClusterWireTypes.Commands.TryGetValue(request.CommandType, out var type))
        {
            throw new JsonException($"Unknown command type '{request.CommandType}': the sending node runs a newer build.");
        }

        var command = (ChargerCommand?)request.Command.Deserialize(TypeInfo(type)) ?? throw new JsonException("The command is null.");
        return (request.ChargerId, command);
    }

    public static WireReply ToWire(CommandReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        (string? dataType, JsonElement? data) = reply.Data switch
        {
            null => ((string?)null, (JsonElement?)null),
            IReadOnlyList<VariableResult> results => ((string?)ClusterWireTypes.VariableResults, (JsonElement?)JsonSerializer.SerializeToElement(results.ToArray(), ClusterJsonContext.Default.VariableResultArray)),
            var other when ClusterWireTypes.Data.TryGetValue(other.GetType().Name, out var type) && type == other.GetType()
                => (type.Name, JsonSerializer.SerializeToElement(other, TypeInfo(type))),
            var other => throw new NotSupportedException($"Reply data {other.GetType().Name} cannot travel between nodes: it is missing from ClusterWireTypes."),
        };
        return new WireReply(reply.Outcome)
        {
            Status = reply.Status,
            Detail = reply.Detail,
            ErrorCode = reply.ErrorCode,
            Field = reply.Field,
            DataType = dataType,
            Data = data,
            Version = reply.Version,
            OcppAction = reply.OcppAction,
            RequestJson = reply.RequestJson,
            ResponseJson = reply.ResponseJson,
            DurationMs = reply.DurationMs,
        };
    }

    public static CommandReply FromWire(WireReply wire)
    {
        ArgumentNullException.ThrowIfNull(wire);
        object? data = null;
        if (wire.DataType is { } name && wire.Data is { } json)
        {
            data = ClusterWireTypes.Data.TryGetValue(name, out var type)
                ? json.Deserialize(TypeInfo(type))
                : throw new JsonException($"Unknown reply data type '{name}': the answering node runs a newer build.");
        }

        return new CommandReply(wire.Outcome)
        {
            Status = wire.Status,
            Detail = wire.Detail,
            ErrorCode = wire.ErrorCode,
            Field = wire.Field,
            Data = data,
            Version = wire.Version,
            OcppAction = wire.OcppAction,
            RequestJson = wire.RequestJson,
            ResponseJson = wire.ResponseJson,
            DurationMs = wire.DurationMs,
        };
    }

    private static JsonTypeInfo TypeInfo(Type type) =>
        ClusterJsonContext.Default.GetTypeInfo(type) ?? throw new NotSupportedException($"{type.Name} has no JSON metadata in ClusterJsonContext.");
}
