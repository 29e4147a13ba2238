using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SharpCharge.Ocpp.Buffers;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>
/// One OCPP-J connection over a message transport. It owns the transport and runs the only receive loop
/// (<see cref="RunAsync"/>): incoming CALLs go to the router's handlers and are answered in order; answers to
/// our own CALLs complete <c>CallAsync</c>. Outgoing CALLs wait in an ordered queue so that at most one is
/// outstanding (OCPP-J 1.6 §4.1.1, 2.x Part 4 §4.1.1); every wait has a timeout. Closing is idempotent.
/// </summary>
public sealed partial class OcppConnection : IAsyncDisposable
{
    private readonly IOcppTransport _transport;
    private readonly OcppRouter _router;
    private readonly OcppConnectionOptions _options;
    private readonly OcppErrorCatalogue _errors;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly PooledBufferWriter _receiveBuffer = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SemaphoreSlim _callSlot = new(1, 1);
    private readonly PendingCall _pending;
    private readonly OcppMessageIdGenerator _ids;
    private readonly CancellationTokenSource _closed = new();
    private readonly TaskCompletionSource<OcppCloseInfo> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Cancels the receive of a closing connection whose peer never answers the close frame. Its timer is created only
    // when the close handshake starts: a CancellationTokenSource made with a TimeProvider holds a timer from birth,
    // about 100 bytes per idle charger.
    private readonly CancellationTokenSource _receiveAbort = new();
    private ITimer? _closeGraceTimer;
    private readonly Diagnostics.OcppConnectionTrace? _trace;
    private OcppCloseInfo? _localClose;
    private Task? _closeHandshake;

    // Kept only so the task of a connection closed before it ran is referenced, not dropped.
    private Task? _finishedBeforeRun;
    private int _queuedCalls;
    private int _running; // 0 new, 1 running, 2 closed before it ran
    private int _closing;

    // Incoming work still running, in arrival order: the last link of the chain (only the receive loop reads or
    // replaces it, and drops it once finished), how many links are unfinished, and their message ids (created on the
    // first handler that has to wait; links remove their own id when they finish, on whatever thread that is, under
    // the list's lock). A list, not a concurrent dictionary: it holds at most MaxPendingIncoming ids, and it stays
    // with the connection for its lifetime, where a ConcurrentDictionary cost about 400 bytes per charger.
    private Task? _incomingTail;
    private int _incomingPending;
    private List<string>? _incomingIds;

    /// <summary>Creates a connection; call <see cref="RunAsync"/> to start receiving.</summary>
    /// <param name="transport">The transport; the connection owns it from now on and closes it.</param>
    /// <param name="router">Handlers for incoming CALLs; its catalogue fixes the OCPP version.</param>
    /// <param name="options">Timeouts and limits; defaults when null.</param>
    /// <param name="logger">Where protocol problems are logged.</param>
    /// <param name="timeProvider">The clock for timeouts; <see cref="TimeProvider.System"/> when null.</param>
    public OcppConnection(
        IOcppTransport transport,
        OcppRouter router,
        OcppConnectionOptions? options = null,
        ILogger<OcppConnection>? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(router);
        options ??= new OcppConnectionOptions();
        options.Validate();
        _transport = transport;
        _router = router;
        _options = options;
        _errors = OcppErrorCatalogue.For(router.Catalogue.Version);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _pending = new PendingCall(_time);
        _ids = new OcppMessageIdGenerator((uint)Random.Shared.Next() ^ (uint)Environment.TickCount);
        Name = options.Name ?? "";
        _trace = options.ProtocolTrace?.ForConnection(Name);
    }

    /// <summary>Where this connection's instruments are; null records nothing.</summary>
    internal Diagnostics.OcppMetrics? Metrics => _options.Metrics;

    /// <summary>The OCPP version spoken on this connection.</summary>
    public OcppVersion Version => _router.Catalogue.Version;

    /// <summary>The name used in log lines (usually the charge point id).</summary>
    public string Name { get; }

    /// <summary>How long a closing connection waits for the peer's close frame before it drops the transport.</summary>
    public static TimeSpan CloseGracePeriod { get; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Application data attached to this connection, e.g. the session object of the charger it serves, so that
    /// handlers can reach it through <see cref="OcppCallContext.Connection"/>. The library never reads it.
    /// </summary>
    public object? State { get; set; }

    /// <summary>True until the connection starts closing.</summary>
    public bool IsOpen => Volatile.Read(ref _closing) == 0;

    /// <summary>Cancelled when the connection closes; handlers get it in their <see cref="OcppCallContext"/>.</summary>
    public CancellationToken Closed => _closed.Token;

    /// <summary>Completes with the reason once the connection has closed.</summary>
    public Task<OcppCloseInfo> Completion => _completion.Task;

    /// <summary>
    /// Runs the receive loop until the connection closes: by the peer, by <see cref="CloseAsync"/>, by
    /// <paramref name="cancellationToken"/> (closing with "going away"), or because the transport broke.
    /// </summary>
    public async Task<OcppCloseInfo> RunAsync(CancellationToken cancellationToken = default)
    {
        switch (Interlocked.CompareExchange(ref _running, 1, 0))
        {
            case 1:
                throw new InvalidOperationException("The connection is already running.");
            case 2:
                // Closed before it ever ran: there is nothing to receive.
                return await _completion.Task.ConfigureAwait(false);
        }

        using var stop = cancellationToken.UnsafeRegister(static state => ((OcppConnection)state!).BeginClose(WebSocketCloseStatus.EndpointUnavailable, "Shutting down."), this);
        var info = new OcppCloseInfo(OcppCloseInitiator.Local, WebSocketCloseStatus.NormalClosure, null);
        try
        {
            info = await ReceiveLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            await FinishAsync(info).ConfigureAwait(false);
        }

        return await _completion.Task.ConfigureAwait(false);
    }

    /// <summary>
    /// Closes the connection: outstanding and queued CALLs fail with <see cref="OcppConnectionClosedException"/>,
    /// the peer gets <paramref name="status"/> and <paramref name="description"/>. Calling it again does nothing.
    /// </summary>
    public async ValueTask CloseAsync(WebSocketCloseStatus status = WebSocketCloseStatus.NormalClosure, string? description = null, CancellationToken cancellationToken = default)
    {
        RequestClose(status, description);
        await _completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts closing, like <see cref="CloseAsync"/>, without waiting for the peer: <see cref="Completion"/> says
    /// when it is done. For a caller that must not be held up by a slow or dead peer (a replaced connection).
    /// </summary>
    public void RequestClose(WebSocketCloseStatus status = WebSocketCloseStatus.NormalClosure, string? description = null)
    {
        BeginClose(status, description);
        if (Interlocked.CompareExchange(ref _running, 2, 0) == 0)
        {
            // Never started, and now it never will: nobody else finishes it. Finishing awaits only the close frame.
            _finishedBeforeRun = FinishAsync(new OcppCloseInfo(OcppCloseInitiator.Local, status, description));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
        if (_finishedBeforeRun is { } finished)
        {
            await finished.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Starts closing: handlers and waiting calls are released at once, the close frame goes to the peer, and the
    /// receive loop goes on until the peer answers with its own close (so nothing it sent is cut off by a reset),
    /// or until <see cref="CloseGracePeriod"/> has passed for a peer that never answers.
    /// </summary>
    private void BeginClose(WebSocketCloseStatus status, string? description)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        _localClose = new OcppCloseInfo(OcppCloseInitiator.Local, status, description);
        _closed.Cancel();
        _pending.TryComplete(null, PendingReply.Closed);
        _closeHandshake = SendCloseAsync(status, description);
    }

    private async Task SendCloseAsync(WebSocketCloseStatus status, string? description)
    {
        try
        {
            // The send lock keeps the close frame from interleaving with a frame being written.
            await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await _transport.CloseAsync(status, description, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // The transport is already broken; the receive loop ends on its own.
        }
        finally
        {
            _closeGraceTimer = _time.CreateTimer(static state => ((OcppConnection)state!).AbortReceive(), this, CloseGracePeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void AbortReceive()
    {
        try
        {
            _receiveAbort.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The peer's close finished the connection first; there is no receive left to bound.
        }
    }

    private async Task FinishAsync(OcppCloseInfo info)
    {
        Interlocked.Exchange(ref _closing, 1);
        if (!_closed.IsCancellationRequested)
        {
            _closed.Cancel();
        }

        _pending.TryComplete(null, PendingReply.Closed);
        var final = _localClose ?? info;
        try
        {
            if (_incomingTail is { } inFlight)
            {
                // Handlers saw the close token; give the one still running a moment to notice.
                await inFlight.WaitAsync(CloseGracePeriod, _time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (_closeHandshake is { } handshake)
            {
                await handshake.ConfigureAwait(false);
            }
            else
            {
                // The peer closed first: answer its close frame.
                await _transport.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // Nobody left to tell.
        }
        finally
        {
            await _transport.DisposeAsync().ConfigureAwait(false);
            _receiveBuffer.Release();
            _pending.Dispose();
            _closeGraceTimer?.Dispose();
            _receiveAbort.Dispose();
            Log.ConnectionClosed(_logger, Name, final.Initiator, final.Status, final.Description);
            _completion.TrySetResult(final);
        }
    }
}
