using System.Text.Json;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using SharpCharge.Csms.Cluster.Ownership;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// Carries live events between nodes through one fanout exchange. Each node binds its own exclusive queue to it,
/// publishes what <see cref="ClusterLiveEvents"/> queued (stamped with its node id) and hands what the others
/// published to its local subscribers, skipping its own (no echo). Events from other nodes also keep the
/// <see cref="ClusterDirectory"/> current (connects, disconnects) and wake commands here that wait for a session
/// another node recorded (a remote start answered by a charger connected elsewhere).
/// </summary>
internal sealed partial class LiveEventRelay : IAsyncDisposable
{
    private readonly RabbitMqConnection _rabbit;
    private readonly ClusterLiveEvents _events;
    private readonly ClusterDirectory _directory;
    private readonly ClusterNodeIdentity _node;
    private readonly TransactionSignals _signals;
    private readonly ITransactionService _transactions;
    private readonly ILogger<LiveEventRelay> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private IChannel? _channel;
    private Task? _publishing;

    public LiveEventRelay(
        RabbitMqConnection rabbit,
        ClusterLiveEvents events,
        ClusterDirectory directory,
        ClusterNodeIdentity node,
        TransactionSignals signals,
        ITransactionService transactions,
        ILogger<LiveEventRelay> logger)
    {
        _rabbit = rabbit;
        _events = events;
        _directory = directory;
        _node = node;
        _signals = signals;
        _transactions = transactions;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var channel = await _rabbit.CreateChannelAsync(1, cancellationToken).ConfigureAwait(false);
        await channel.ExchangeDeclareAsync(ClusterNodeIdentity.LiveExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var queue = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await channel.QueueBindAsync(queue.QueueName, ClusterNodeIdentity.LiveExchange, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += OnEventAsync;
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, cancellationToken).ConfigureAwait(false);
        _channel = channel;
        _publishing = PublishLoopAsync(channel, _stopping.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _events.Complete();
        if (_publishing is { } publishing)
        {
            // Let the queued events go out briefly, then stop regardless.
            _stopping.CancelAfter(TimeSpan.FromSeconds(2));
            await publishing.ConfigureAwait(false);
        }

        if (Interlocked.Exchange(ref _channel, null) is { } channel)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task PublishLoopAsync(IChannel channel, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { AppId = _node.NodeId, Type = "live" };
        try
        {
            await foreach (var liveEvent in _events.Outgoing.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var body = JsonSerializer.SerializeToUtf8Bytes(liveEvent, ClusterJsonContext.Default.LiveEvent);
                try
                {
                    await channel.BasicPublishAsync(ClusterNodeIdentity.LiveExchange, string.Empty, mandatory: false, properties, body, cancellationToken)
                        .ConfigureAwait(false);
                }
                catch (Exception e) when (e is RabbitMQ.Client.Exceptions.AlreadyClosedException or RabbitMQ.Client.Exceptions.OperationInterruptedException)
                {
                    // The broker connection is down and recovering: this event is lost for the other nodes (best effort).
                    Log.RelayFailed(_logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: whatever is still queued is not sent.
        }
    }

    private async Task OnEventAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var origin = delivery.BasicProperties.AppId;
        if (origin is null || origin == _node.NodeId)
        {
            return;
        }

        LiveEvent? liveEvent;
        try
        {
            liveEvent = JsonSerializer.Deserialize(delivery.Body.Span, ClusterJsonContext.Default.LiveEvent);
        }
        catch (JsonException e)
        {
            Log.Malformed(_logger, origin, e);
            return;
        }

        if (liveEvent is null)
        {
            return;
        }

        switch (liveEvent.Kind)
        {
            case LiveEventKind.ChargerConnected when liveEvent.OcppVersion is { } version:
                _directory.Set(new ChargerOwner(liveEvent.ChargerId, origin, "ocpp" + version));
                break;
            case LiveEventKind.ChargerDisconnected:
                // Forget the charger only if the entry names the node that lost it: a late disconnect of an old socket
                // must not erase that the charger connected to another node since (the events of two nodes race).
                _directory.Remove(liveEvent.ChargerId, origin);
                break;
            case LiveEventKind.TransactionStarted or LiveEventKind.TransactionUpdated or LiveEventKind.TransactionEnded
                when _signals.IsWatched && liveEvent.TransactionId is { } id:
                if (await _transactions.GetAsync(id, _stopping.Token).ConfigureAwait(false) is { } transaction)
                {
                    _signals.Publish(transaction);
                }

                break;
        }

        _events.DeliverRemote(liveEvent);
    }

    private static partial class Log
    {
        [LoggerMessage(ClusterEventIds.LiveEventRelayFailed, LogLevel.Warning, "A live event could not be sent to the other nodes", EventName = "LiveEventRelayFailed")]
        public static partial void RelayFailed(ILogger logger, Exception exception);

        [LoggerMessage(ClusterEventIds.LiveEventDropped, LogLevel.Warning, "A live event from node {NodeId} cannot be read; it is dropped", EventName = "LiveEventUnreadable")]
        public static partial void Malformed(ILogger logger, string nodeId, Exception exception);
    }
}
