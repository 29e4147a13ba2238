namespace SharpCharge.Csms.Api.Chargers;

/// <summary>A page of the protocol log, newest first, and the <c>before_id</c> that asks for the next (null at the end).</summary>
internal sealed record ProtocolMessagePage(IReadOnlyList<ProtocolMessageDto> Items, long? NextBeforeId);
