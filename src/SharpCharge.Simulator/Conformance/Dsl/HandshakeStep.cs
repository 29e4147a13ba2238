using System.Net.WebSockets;
using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>
/// The station drops its connection and sends an upgrade request of its own making (other subprotocols, other
/// credentials), then checks that the central system refused it or accepted it with the expected subprotocol. The
/// connection is closed again either way; the next step that needs one connects normally.
/// </summary>
internal sealed class HandshakeStep(string description, Func<CaseState, ConformanceSettings, Handshake> build, string? expectedSubProtocol) : ScriptStep
{
    public override string Describe() => description;

    public override async Task RunAsync(CaseRun run, CancellationToken cancellationToken)
    {
        await run.CloseAsync().ConfigureAwait(false);
        var handshake = build(run.State, run.Settings);
        ClientWebSocket socket;
        try
        {
            socket = await StationConnector.OpenAsync(run.Settings, handshake, run.Transcript, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException e)
        {
            if (expectedSubProtocol is null)
            {
                run.Transcript.Note("the central system refused the upgrade: " + e.Message);
                return;
            }

            throw new CaseFailedException($"{description}: the central system refused the upgrade ({e.Message}); expected it to accept with subprotocol {expectedSubProtocol}.");
        }

        using (socket)
        {
            var chosen = socket.SubProtocol;
            run.Transcript.Note($"the central system upgraded the connection with subprotocol '{chosen}'");
            await CloseAsync(socket, run.Settings.StepTimeout).ConfigureAwait(false);
            if (expectedSubProtocol is null && !string.IsNullOrEmpty(chosen))
            {
                throw new CaseFailedException($"{description}: the central system accepted the connection with subprotocol '{chosen}'; expected it to refuse.");
            }

            // Part 4 §3.1.2 also allows completing the handshake without a subprotocol and closing at once: no
            // OCPP version was agreed, so the station treats that as refused too.
            if (expectedSubProtocol is not null && chosen != expectedSubProtocol)
            {
                throw new CaseFailedException($"{description}: the central system answered with subprotocol '{chosen}'; expected '{expectedSubProtocol}'.");
            }
        }
    }

    private static async Task CloseAsync(ClientWebSocket socket, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "handshake checked", cancel.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The central system may close first (an upgrade without a subprotocol); nothing is left to tidy.
        }
    }
}
