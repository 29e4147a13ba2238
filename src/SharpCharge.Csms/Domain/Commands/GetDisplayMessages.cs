namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// 2.x GetDisplayMessages (O03/O04): all messages, or those with the given ids, priority or state. The messages
/// arrive afterwards as NotifyDisplayMessages carrying <see cref="RequestId"/>.
/// </summary>
internal sealed record GetDisplayMessages(IReadOnlyList<int> Ids, string? Priority, string? State) : ChargerCommand
{
    public override string Name => "GetDisplayMessages";

    public int RequestId { get; init; }

    public override int? FollowUpId => RequestId;
}
