namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>A page of the command history, newest first.</summary>
internal sealed record CommandPage(IReadOnlyList<CommandView> Items, int Offset, int Limit);
