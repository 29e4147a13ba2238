namespace SharpCharge.Csms.Domain.Commands;

/// <summary>A command's reply and the id of its record in the history (0 when nothing was stored).</summary>
internal sealed record CommandResult(long CommandId, CommandReply Reply)
{
    public CommandOutcome Outcome => Reply.Outcome;

    /// <summary>The id later notifications carry (requestId, reservationId, remoteStartId), when the command has one.</summary>
    public int? RequestId { get; init; }
}
