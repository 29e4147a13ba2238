using System.Text.Json.Nodes;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>What the central system's REST API answered to an operator request.</summary>
internal sealed record OperatorReply(int Status, JsonNode? Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>A string member of the answer, or null.</summary>
    public string? Text(string name) => Body is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A whole-number member of the answer, or null.</summary>
    public int? Number(string name) => Body is JsonObject o && o[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
}
