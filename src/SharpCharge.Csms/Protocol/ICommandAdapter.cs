using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Protocol;

/// <summary>
/// The command half of a version adapter: builds the message of its OCPP version for a version-neutral command,
/// sends it through <see cref="CommandCall"/> and maps the answer back. A command the version cannot express is
/// answered with <see cref="CommandReply.Unsupported"/> or <see cref="CommandReply.Invalid"/> without sending anything.
/// </summary>
internal interface ICommandAdapter
{
    ValueTask<CommandReply> SendAsync(ChargerCommand command, CommandCall call);
}
