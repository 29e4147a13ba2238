namespace SharpCharge.Csms.Domain.Commands;

/// <summary>2.x SetDisplayMessage (O01): show a text on the charger's display.</summary>
internal sealed record SetDisplayMessage(int Id, string Priority, string Text) : ChargerCommand
{
    public override string Name => "SetDisplayMessage";

    /// <summary>ASCII (default), HTML, URI or UTF8.</summary>
    public string Format { get; init; } = "UTF8";

    public string? Language { get; init; }

    public string? State { get; init; }

    public DateTimeOffset? StartAt { get; init; }

    public DateTimeOffset? EndAt { get; init; }

    public string? TransactionId { get; init; }
}
