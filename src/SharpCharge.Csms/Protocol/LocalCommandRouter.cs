using Microsoft.Extensions.Options;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Protocol.V16;
using SharpCharge.Csms.Protocol.V201;
using SharpCharge.Csms.Protocol.V21;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Csms.Protocol;

/// <summary>
/// Sends commands to chargers connected to this node, through the version adapter of the session's OCPP version.
/// Concurrent commands to one charger queue in the connection (one CALL at a time, in arrival order); each waits at
/// most <c>Ocpp:CallTimeout</c> once it is sent. Every failure becomes an outcome with the reason.
/// </summary>
internal sealed class LocalCommandRouter : ICommandRouter
{
    private readonly ChargerSessionRegistry _sessions;
    private readonly V16CommandAdapter _v16;
    private readonly V201CommandAdapter _v201;
    private readonly V21CommandAdapter _v21;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;

    public LocalCommandRouter(
        ChargerSessionRegistry sessions,
        V16CommandAdapter v16,
        V201CommandAdapter v201,
        V21CommandAdapter v21,
        TimeProvider time,
        IOptions<OcppEndpointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(options);
        _sessions = sessions;
        _v16 = v16;
        _v201 = v201;
        _v21 = v21;
        _time = time;
        _timeout = options.Value.CallTimeout;
    }

    public OcppVersion? ConnectedVersion(string chargerId)
        => _sessions.TryGet(chargerId, out var session) && session.Connection.IsOpen ? session.Version : null;

    public async ValueTask<CommandReply> SendAsync(string chargerId, ChargerCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!_sessions.TryGet(chargerId, out var session) || !session.Connection.IsOpen)
        {
            return CommandReply.Offline($"Charger {chargerId} is not connected.");
        }

        ICommandAdapter adapter = session.Version switch
        {
            OcppVersion.V16 => _v16,
            OcppVersion.V201 => _v201,
            _ => _v21,
        };
        var call = new CommandCall(session.Connection, _timeout, cancellationToken);
        var started = _time.GetTimestamp();
        CommandReply reply;
        try
        {
            reply = await adapter.SendAsync(command, call).ConfigureAwait(false);
        }
        catch (OcppCallException e)
        {
            reply = new CommandReply(CommandOutcome.CallError) { ErrorCode = e.WireErrorCode ?? e.ErrorCode.ToString(), Detail = e.ErrorDescription };
        }
        catch (OcppCallTimeoutException e)
        {
            reply = new CommandReply(CommandOutcome.Timeout) { Detail = $"The charger did not answer {e.Action} within {e.Timeout.TotalSeconds:0.###} s." };
        }
        catch (OcppConnectionClosedException)
        {
            reply = CommandReply.Offline($"Charger {chargerId} disconnected before it answered.");
        }
        catch (OcppInvalidResponseException e)
        {
            reply = new CommandReply(CommandOutcome.InvalidResponse) { Detail = e.Message };
        }
        catch (OcppValidationException e)
        {
            // Nothing was sent: a value the caller gave breaks the message's schema (a too long idTag, say).
            reply = CommandReply.Invalid(e.Error.Path, $"{e.Action}: {e.Error.Message}");
        }
        catch (OcppCallQueueFullException e)
        {
            reply = new CommandReply(CommandOutcome.Busy) { Detail = e.Message };
        }

        return reply with
        {
            Version = session.Version,
            OcppAction = call.Action,
            RequestJson = call.RequestJson,
            ResponseJson = call.ResponseJson,
            DurationMs = (long)_time.GetElapsedTime(started).TotalMilliseconds,
        };
    }
}
