namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/display-messages</c> (2.x): a message for the charger's display.</summary>
internal sealed record DisplayMessageBody
{
    public int? Id { get; init; }

    /// <summary>AlwaysFront, InFront or NormalCycle (default).</summary>
    public string? Priority { get; init; }

    public string? Message { get; init; }

    /// <summary>ASCII, HTML, URI or UTF8 (default).</summary>
    public string? Format { get; init; }

    public string? Language { get; init; }

    /// <summary>Show only in this charger state: Charging, Faulted, Idle, Unavailable.</summary>
    public string? State { get; init; }

    public DateTimeOffset? StartAt { get; init; }

    public DateTimeOffset? EndAt { get; init; }

    /// <summary>Show only during this session (the central system's transaction id).</summary>
    public long? TransactionId { get; init; }
}
