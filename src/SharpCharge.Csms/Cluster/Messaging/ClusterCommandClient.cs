using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// Sends commands to other nodes' queues and waits for their answers, which come back through RabbitMQ's direct
/// reply-to on the same channel. Each request has a correlation id and a pending entry that leaves on every outcome
/// (answer, unroutable, timeout, cancellation). Publishing is mandatory: a node without a queue (dead, or stopped)
/// makes the broker return the message at once instead of letting it wait for the timeout.
/// </summary>
internal sealed partial class ClusterCommandClient : IAsyncDisposable
{
    private const string DirectReplyTo = "amq.rabbitmq.reply-to";
    internal const string CommandType = "command";
    internal const string CloseType = "close";

    private readonly RabbitMqConnection _rabbit;
    private readonly ClusterNodeIdentity _node;
    private readonly ILogger<ClusterCommandClient> _logger;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RemoteCommandResult>> _pending = new(StringComparer.Ordinal);

    // The channel serialises frames itself, but one publish at a time keeps a request and its properties together
    // without relying on that; publishing takes microseconds, so the wait is short.
    private readonly SemaphoreSlim _publish = new(1, 1);
    private IChannel? _channel;
    private long _nextId;

    public ClusterCommandClient(RabbitMqConnection rabbit, ClusterNodeIdentity node, ILogger<ClusterCommandClient> logger)
    {
        _rabbit = rabbit;
        _node = node;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var channel = await _rabbit.CreateChannelAsync(1, cancellationToken).ConfigureAwait(false);
        channel.BasicReturnAsync += OnReturnedAsync;
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += OnReplyAsync;

        // Direct reply-to: consume the pseudo-queue (no ack) on the channel that publishes the requests.
        await channel.BasicConsumeAsync(DirectReplyTo, autoAck: true, consumer, cancellationToken).ConfigureAwait(false);
        _channel = channel;
    }

    /// <summary>Sends the command to <paramref name="nodeId"/>'s queue and waits at most <paramref name="timeout"/> for its answer.</summary>
    public async Task<RemoteCommandResult> SendAsync(
        string nodeId, string chargerId, ChargerCommand command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var body = ClusterCodec.EncodeCommand(chargerId, command);
        var correlationId = _node.NodeId + ":" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var pending = new TaskCompletionSource<RemoteCommandResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[correlationId] = pending;
        try
        {
            var properties = new BasicProperties
            {
                CorrelationId = correlationId,
                ReplyTo = DirectReplyTo,
                Type = CommandType,
                AppId = _node.NodeId,
                // A request nobody picked up in time is pointless: the asking node has answered Timeout by then.
                Expiration = ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            };
            await PublishAsync(ClusterNodeIdentity.QueueOf(nodeId), properties, body, cancellationToken).ConfigureAwait(false);
            return await pending.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return new RemoteCommandResult(RemoteDelivery.Timeout, null);
        }
        finally
        {
            _pending.TryRemove(correlationId, out _);
        }
    }

    /// <summary>Asks <paramref name="nodeId"/> to close its connection of a charger that reconnected here. Best effort: no answer.</summary>
    public async Task CloseStaleSessionAsync(string nodeId, CloseStaleSession request, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, ClusterJsonContext.Default.CloseStaleSession);
        var properties = new BasicProperties { Type = CloseType, AppId = _node.NodeId };
        await PublishAsync(ClusterNodeIdentity.QueueOf(nodeId), properties, body, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _channel, null) is { } channel)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetResult(new RemoteCommandResult(RemoteDelivery.Unreachable, null));
        }

        _publish.Dispose();
    }

    private async Task PublishAsync(string queue, BasicProperties properties, byte[] body, CancellationToken cancellationToken)
    {
        var channel = _channel ?? throw new InvalidOperationException("The cluster command client is not started.");
        await _publish.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _publish.Release();
        }
    }

    private Task OnReplyAsync(object sender, BasicDeliverEventArgs delivery)
    {
        if (delivery.BasicProperties.CorrelationId is not { } id || !_pending.TryGetValue(id, out var pending))
        {
            // The asker gave up (timeout or cancellation) before the answer came: nothing waits for it.
            return Task.CompletedTask;
        }

        try
        {
            var response = JsonSerializer.Deserialize(delivery.Body.Span, ClusterJsonContext.Default.RemoteCommandResponse);
            pending.TrySetResult(response is { Delivered: true, Reply: { } reply }
                ? new RemoteCommandResult(RemoteDelivery.Delivered, ClusterCodec.FromWire(reply))
                : new RemoteCommandResult(RemoteDelivery.NotHere, null));
        }
        catch (JsonException e)
        {
            Log.MalformedReply(_logger, delivery.BasicProperties.AppId ?? "?", e);
            pending.TrySetResult(new RemoteCommandResult(RemoteDelivery.Delivered, new CommandReply(CommandOutcome.InvalidResponse)
            {
                Detail = "The node that holds the charger sent an answer this node cannot read: " + e.Message,
            }));
        }

        return Task.CompletedTask;
    }

    private Task OnReturnedAsync(object sender, BasicReturnEventArgs returned)
    {
        if (returned.BasicProperties.CorrelationId is { } id && _pending.TryGetValue(id, out var pending))
        {
            Log.Unroutable(_logger, returned.RoutingKey, returned.ReplyText);
            pending.TrySetResult(new RemoteCommandResult(RemoteDelivery.Unreachable, null));
        }

        return Task.CompletedTask;
    }

    private static partial class Log
    {
        [LoggerMessage(ClusterEventIds.OwnerUnreachable, LogLevel.Information, "No node consumes {Queue} ({Reason}): the command is not delivered", EventName = "OwnerUnreachable")]
        public static partial void Unroutable(ILogger logger, string queue, string reason);

        [LoggerMessage(ClusterEventIds.MalformedReply, LogLevel.Warning, "Node {NodeId} answered a command with a message that cannot be read", EventName = "MalformedMessage")]
        public static partial void MalformedReply(ILogger logger, string nodeId, Exception exception);
    }
}
