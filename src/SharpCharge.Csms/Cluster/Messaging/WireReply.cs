using System.Text.Json;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>A <see cref="CommandReply"/> on the wire: its <c>Data</c> as JSON, named by <see cref="DataType"/>.</summary>
internal sealed record WireReply(CommandOutcome Outcome)
{
    public string? Status { get; init; }

    public string? Detail { get; init; }

    public string? ErrorCode { get; init; }

    public string? Field { get; init; }

    public string? DataType { get; init; }

    public JsonElement? Data { get; init; }

    public OcppVersion? Version { get; init; }

    public string? OcppAction { get; init; }

    public string? RequestJson { get; init; }

    public string? ResponseJson { get; init; }

    public long DurationMs { get; init; }
}
