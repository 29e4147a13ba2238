using System.Threading.Channels;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.Connection;
using SharpCharge.Station.DeviceModel;
using SharpCharge.Station.Model;
using SharpCharge.Station.Protocol;
using SharpCharge.Station.Protocol.V16;
using SharpCharge.Station.Protocol.V201;
using SharpCharge.Station.Protocol.V21;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station;

/// <summary>
/// One charging station: its EVSEs and connectors, its sessions, its connection to the central system and
/// its offline queue. <see cref="StartAsync"/> starts two owned loops (connection and meter sampling) that
/// <see cref="StopAsync"/> ends and awaits. Everything that happens is raised through <see cref="EventOccurred"/>,
/// synchronously on the thread that caused it: handlers must be quick and must not block.
/// </summary>
public sealed partial class ChargingStation : IAsyncDisposable, IStationControl
{
    private readonly ChargingStationOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly IStationConnector _connector;
    private readonly IStationProtocol _protocol;
    private readonly OutboundQueue _queue;
    private readonly QueueFileStore? _store;
    private readonly ReconnectBackOff _backOff;
    private readonly StationSettings _settings;
    private readonly StationDeviceModel _deviceModel;

    // Guards the EVSEs, connectors and sessions: they change from user calls, the receive loop (remote
    // start/stop) and the meter loop.
    private readonly Lock _gate = new();
    private readonly Evse[] _evses;
    private readonly Channel<BootCause> _resets = Channel.CreateBounded<BootCause>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private CancellationTokenSource? _stop;
    private Task? _running;
    private OcppConnection? _online;
    private volatile RegistrationState _registration;

    public ChargingStation(ChargingStationOptions options, TimeProvider? timeProvider = null)
        : this(options, timeProvider, connector: null)
    {
    }

    internal ChargingStation(ChargingStationOptions options, TimeProvider? timeProvider, IStationConnector? connector)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _random = new Random(options.RandomSeed ?? Random.Shared.Next());
        _settings = new StationSettings(options);
        _settings.Changed += setting =>
        {
            WakeMeterLoop();
            Raise(Event(StationEventKind.ConfigurationChanged) with { Detail = setting.ToString() });
        };
        _deviceModel = StationDeviceModel.Create(options, _settings, this);
        _connector = connector ?? new WebSocketStationConnector(options, _settings, () => _certificates.OwnCertificate("ChargingStationCertificate"));
        _protocol = options.Version switch
        {
            OcppVersion.V16 => new V16StationProtocol(options, this, _time),
            OcppVersion.V201 => new V201StationProtocol(options, this, _time),
            _ => new V21StationProtocol(options, this, _time),
        };
        _store = options.QueueFilePath is { } path ? new QueueFileStore(path) : null;
        _queue = new OutboundQueue(options.MaxQueuedMessages, _time, (action, kind, detail) => Raise(new StationEvent(kind, _time.GetUtcNow()) { Action = action, Detail = detail }), _store)
        {
            RetryPolicy = () => (_settings.Int(Setting.TransactionMessageAttempts), _settings.Seconds(Setting.TransactionMessageRetryInterval)),
        };
        _backOff = new ReconnectBackOff(options.Reconnect, _random);
        _evses = [.. options.Evses.Select((connectors, index) => new Evse(index + 1, connectors, MaxPowerOf(index)))];
        RestoreQueue();
    }

    /// <summary>Raised for everything that happens; see <see cref="StationEventKind"/>.</summary>
    public event EventHandler<StationEvent>? EventOccurred;

    public string Id => _options.Id;

    public OcppVersion Version => _options.Version;

    /// <summary>True while connected and accepted: messages flow.</summary>
    public bool IsOnline => Volatile.Read(ref _online) is not null;

    public RegistrationState Registration => _registration;

    /// <summary>The heartbeat interval the central system last gave.</summary>
    public TimeSpan HeartbeatInterval => _settings.Seconds(Setting.HeartbeatInterval);

    /// <summary>Messages waiting for the central system (status reports and transaction messages).</summary>
    public int QueuedMessageCount => _queue.Count;

    public int EvseCount => _evses.Length;

    public ConnectorStatus GetConnectorStatus(int evseId, int connectorId = 1)
    {
        lock (_gate)
        {
            return ConnectorOf(evseId, connectorId).Status;
        }
    }

    /// <summary>The running session's transaction id on the EVSE (1.6: the central system's once known), or null.</summary>
    public string? GetTransactionId(int evseId)
    {
        lock (_gate)
        {
            return EvseOf(evseId).Session?.DisplayId;
        }
    }

    /// <summary>The power the EVSE delivered over its last metered interval, in W.</summary>
    public decimal GetPowerW(int evseId)
    {
        lock (_gate)
        {
            return EvseOf(evseId).PowerW;
        }
    }

    /// <summary>The EVSE's import energy register in Wh.</summary>
    public decimal GetEnergyWh(int evseId)
    {
        lock (_gate)
        {
            return EvseOf(evseId).EnergyWh;
        }
    }

    /// <summary>Starts the connection and meter loops; returns at once. Call once.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_stop is not null)
        {
            throw new InvalidOperationException("The station is already started.");
        }

        _stop = new CancellationTokenSource();
        var token = _stop.Token;
        _running = Task.WhenAll(RunConnectionLoopAsync(token), RunMeterLoopAsync(token), RunJobLoopAsync(token));
        return Task.CompletedTask;
    }

    /// <summary>Closes the connection and waits for the loops to end. Queued messages stay queued.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stop is null || _running is null)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);

        // The loops end on cancellation without throwing; anything else they throw is a bug and surfaces here.
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stop?.Dispose();
        _store?.Dispose();
    }

    /// <summary>
    /// Queues what the queue file still holds, in its order, ahead of anything this station generates. The
    /// sessions were lost with the process: each transaction gets an ended stand-in that carries its 1.6 id.
    /// </summary>
    private void RestoreQueue()
    {
        if (_store is null)
        {
            return;
        }

        var sessions = new Dictionary<string, Session>(StringComparer.Ordinal);
        foreach (var stored in _store.Pending)
        {
            if (!sessions.TryGetValue(stored.TransactionKey, out var session))
            {
                session = new Session(stored.EvseId, 1, stored.TransactionKey, string.Empty, default, 0, null)
                {
                    Ended = true,
                    CsmsTransactionId = _store.TransactionIdOf(stored.TransactionKey),
                };
                sessions.Add(stored.TransactionKey, session);
            }

            if (_protocol.Restore(stored, session) is { } message)
            {
                message.StoreSeq = stored.Seq;
                _queue.Enqueue(message);
            }
            else
            {
                // Written by a station of another OCPP version: it cannot be sent on this connection.
                _store.Complete(stored.Seq);
                Raise(Event(StationEventKind.MessageDropped) with { Action = stored.Action, Detail = "not restorable" });
            }
        }
    }

    private void Raise(StationEvent e) => EventOccurred?.Invoke(this, e);

    private StationEvent Event(StationEventKind kind) => new(kind, _time.GetUtcNow());

    private Evse EvseOf(int evseId)
        => evseId >= 1 && evseId <= _evses.Length ? _evses[evseId - 1] : throw new ArgumentOutOfRangeException(nameof(evseId), evseId, "No such EVSE.");

    private Connector ConnectorOf(int evseId, int connectorId)
    {
        var evse = EvseOf(evseId);
        return connectorId >= 1 && connectorId <= evse.Connectors.Count
            ? evse.Connectors[connectorId - 1]
            : throw new ArgumentOutOfRangeException(nameof(connectorId), connectorId, "No such connector.");
    }
}
