using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Protocol;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// Consumes this node's queue: commands other nodes send for chargers connected here, which go out through the
/// <see cref="LocalCommandRouter"/> with their answer published back to the asker; and requests to close a charger's
/// connection that has become stale because the charger reconnected to another node. The queue is exclusive to this
/// node's connection, so it disappears when the node dies and senders learn that at once.
/// </summary>
internal sealed partial class ClusterCommandServer : IAsyncDisposable
{
    private readonly RabbitMqConnection _rabbit;
    private readonly ClusterNodeIdentity _node;
    private readonly LocalCommandRouter _local;
    private readonly ChargerSessionRegistry _sessions;
    private readonly ClusterOptions _options;
    private readonly ILogger<ClusterCommandServer> _logger;
    private readonly CancellationTokenSource _stopping = new();

    // Several handlers run at once (CommandConcurrency) and all publish answers on this channel: one at a time.
    private readonly SemaphoreSlim _publish = new(1, 1);
    private IChannel? _channel;

    public ClusterCommandServer(
        RabbitMqConnection rabbit,
        ClusterNodeIdentity node,
        LocalCommandRouter local,
        ChargerSessionRegistry sessions,
        IOptions<ClusterOptions> options,
        ILogger<ClusterCommandServer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rabbit = rabbit;
        _node = node;
        _local = local;
        _sessions = sessions;
        _options = options.Value;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var concurrency = (ushort)_options.CommandConcurrency;
        var channel = await _rabbit.CreateChannelAsync(concurrency, cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(_node.CommandQueue, durable: false, exclusive: true, autoDelete: true, arguments: null, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await channel.BasicQosAsync(0, concurrency, false, cancellationToken).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += OnMessageAsync;
        await channel.BasicConsumeAsync(_node.CommandQueue, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
        _channel = channel;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (Interlocked.Exchange(ref _channel, null) is { } channel)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
        _publish.Dispose();
    }

    private async Task OnMessageAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var channel = ((AsyncEventingBasicConsumer)sender).Channel;
        try
        {
            switch (delivery.BasicProperties.Type)
            {
                case ClusterCommandClient.CommandType:
                    await HandleCommandAsync(channel, delivery).ConfigureAwait(false);
                    break;
                case ClusterCommandClient.CloseType:
                    CloseStale(JsonSerializer.Deserialize(delivery.Body.Span, ClusterJsonContext.Default.CloseStaleSession));
                    break;
                default:
                    Log.Malformed(_logger, delivery.BasicProperties.AppId ?? "?", delivery.BasicProperties.Type ?? "(none)", null);
                    break;
            }
        }
        catch (JsonException e)
        {
            // A message this build cannot read: answering is impossible, so the asker times out; the log says why.
            Log.Malformed(_logger, delivery.BasicProperties.AppId ?? "?", delivery.BasicProperties.Type ?? "(none)", e);
        }
        finally
        {
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task HandleCommandAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        // The body is only valid during this handler; decoding copies what it needs before the first await.
        var (chargerId, command) = ClusterCodec.DecodeCommand(delivery.Body.Span);
        var replyTo = delivery.BasicProperties.ReplyTo;
        var correlationId = delivery.BasicProperties.CorrelationId;
        RemoteCommandResponse response;
        if (_local.ConnectedVersion(chargerId) is null)
        {
            response = new RemoteCommandResponse(false, null);
        }
        else
        {
            var reply = await _local.SendAsync(chargerId, command, _stopping.Token).ConfigureAwait(false);
            response = new RemoteCommandResponse(true, ClusterCodec.ToWire(reply));
        }

        if (string.IsNullOrEmpty(replyTo))
        {
            return;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(response, ClusterJsonContext.Default.RemoteCommandResponse);
        var properties = new BasicProperties { CorrelationId = correlationId, AppId = _node.NodeId };
        await _publish.WaitAsync(_stopping.Token).ConfigureAwait(false);
        try
        {
            await channel.BasicPublishAsync(string.Empty, replyTo, mandatory: false, properties, body, _stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            _publish.Release();
        }
    }

    private void CloseStale(CloseStaleSession? request)
    {
        if (request is null || !_sessions.TryGet(request.ChargerId, out var session))
        {
            return;
        }

        // Only a connection older than the one on the new node is stale; a newer one here (it came back) stays.
        if (session.ConnectedAt <= request.ClaimedAt)
        {
            Log.StaleSessionClosed(_logger, request.ChargerId, request.NewNodeId);
            session.Connection.RequestClose(WebSocketCloseStatus.PolicyViolation, "Connected again through another node.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(ClusterEventIds.StaleSessionClosed, LogLevel.Information, "Charger {ChargerId} reconnected through node {NodeId}: its connection here is closed", EventName = "StaleSessionClosed")]
        public static partial void StaleSessionClosed(ILogger logger, string chargerId, string nodeId);

        [LoggerMessage(ClusterEventIds.MalformedMessage, LogLevel.Warning, "A {MessageType} message from node {NodeId} cannot be read; it is dropped", EventName = "RemoteMessageUnreadable")]
        public static partial void Malformed(ILogger logger, string nodeId, string messageType, Exception? exception);
    }
}
