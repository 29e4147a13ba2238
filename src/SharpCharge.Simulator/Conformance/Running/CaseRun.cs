using System.Net.WebSockets;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Simulator.Conformance.Dsl;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>
/// One case while it runs: the station's connection (opened by the first step that needs it, reopened by a
/// reconnect), the inbox of the central system's CALLs, the transcript, the state the steps share, and the
/// operator requests still in flight. It owns the connection and closes it in <see cref="DisposeAsync"/>.
/// </summary>
internal sealed class CaseRun(ConformanceSettings settings, CaseScript script, CaseState state, OperatorApi? api, Transcript transcript, TextWriter output, TimeProvider time) : IAsyncDisposable
{
    private readonly List<(string Description, Task<OperatorReply> Reply)> _operatorTasks = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _answers = new();
    private OcppConnection? _connection;
    private Task? _receive;
    private CallInbox _inbox = new();

    public ConformanceSettings Settings { get; } = settings;

    public CaseState State { get; } = state;

    public Transcript Transcript { get; } = transcript;

    public OperatorApi? Api { get; } = api;

    public TextWriter Output { get; } = output;

    /// <summary>True once a manual step was shown: the next expectation waits the manual timeout instead of the step timeout.</summary>
    public bool WaitingForOperator { get; set; }

    public TimeSpan NextWait()
    {
        var wait = WaitingForOperator ? Settings.ManualTimeout : Settings.StepTimeout;
        WaitingForOperator = false;
        return wait;
    }

    /// <summary>The open connection, opening it first when the case has none.</summary>
    public async Task<OcppConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true } open)
        {
            return open;
        }

        await CloseAsync().ConfigureAwait(false);
        var transport = await StationConnector.ConnectAsync(Settings, Handshake.Normal(Settings, State.Password), Transcript, Sent, cancellationToken).ConfigureAwait(false);
        _inbox = new CallInbox();
        var inbox = _inbox;
        var router = OcppRouter.Create(script.Catalogue, [.. script.Handlers(inbox)]);
        _connection = new OcppConnection(transport, router, new OcppConnectionOptions { CallTimeout = Settings.StepTimeout, Name = Settings.StationId }, logger: null, time);
        _receive = _connection.RunAsync(CancellationToken.None);
        return _connection;
    }

    /// <summary>The open connection, or null when the station is not connected.</summary>
    public OcppConnection? OpenConnection => _connection is { IsOpen: true } open ? open : null;

    /// <summary>Closes the connection (as a charger going down would) so the next step connects afresh.</summary>
    public async Task CloseAsync()
    {
        _inbox.Close();
        if (_connection is null)
        {
            return;
        }

        var connection = _connection;
        _connection = null;
        await connection.CloseAsync(WebSocketCloseStatus.NormalClosure, "station going down").ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        if (_receive is { } receive)
        {
            // The loop ends with the connection; how it ended is in the transcript already.
            await receive.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public Task<IncomingCall> TakeCallAsync(OcppAction action, CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            throw new CaseFailedException($"Waiting for {action.Name}, but the station is not connected.");
        }

        return _inbox.TakeAsync(action.Name, Transcript, cancellationToken);
    }

    /// <summary>
    /// Completes once the station's answer to <paramref name="call"/> has gone out (or after the step timeout), so a
    /// step that follows (a reconnect, the end of the case) cannot overtake the answer.
    /// </summary>
    public Task AnswerSentAsync(IncomingCall call)
    {
        var sent = _answers.GetOrAdd(call.MessageId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return sent.Task.WaitAsync(Settings.StepTimeout, time).ContinueWith(_ => _answers.TryRemove(call.MessageId, out TaskCompletionSource? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public void TrackOperator(string description, Task<OperatorReply> reply)
    {
        lock (_operatorTasks)
        {
            _operatorTasks.Add((description, reply));
        }
    }

    /// <summary>Operator requests that answered with an error, for the failure message of an expectation that was not met.</summary>
    public string OperatorTrouble()
    {
        lock (_operatorTasks)
        {
            var failed = _operatorTasks.Where(t => t.Reply.IsCompletedSuccessfully && !t.Reply.Result.IsSuccess).Select(t => $"'{t.Description}' answered HTTP {t.Reply.Result.Status}").ToList();
            return failed.Count == 0 ? "" : " (" + string.Join("; ", failed) + ")";
        }
    }

    /// <summary>Waits (bounded) for operator requests still running, so none outlives its case.</summary>
    public async Task SettleOperatorsAsync()
    {
        Task[] pending;
        lock (_operatorTasks)
        {
            pending = [.. _operatorTasks.Select(t => (Task)t.Reply)];
        }

        await Task.WhenAll(pending).WaitAsync(Settings.StepTimeout, time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Every frame the station sent: a CALLRESULT or CALLERROR (<c>[3,"id"</c> or <c>[4,"id"</c>) releases whoever waits for that answer.</summary>
    private void Sent(string frame)
    {
        if (frame.Length < 5 || frame[0] != '[' || frame[1] is not ('3' or '4') || frame[2] != ',' || frame[3] != '"')
        {
            return;
        }

        var end = frame.IndexOf('"', 4);
        if (end > 4)
        {
            _answers.GetOrAdd(frame[4..end], _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        await SettleOperatorsAsync().ConfigureAwait(false);
    }
}
