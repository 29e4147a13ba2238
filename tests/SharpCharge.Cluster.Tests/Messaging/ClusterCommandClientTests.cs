using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using SharpCharge.Cluster.Tests.Support;
using SharpCharge.Csms.Cluster;
using SharpCharge.Csms.Cluster.Messaging;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Cluster.Tests.Messaging;

/// <summary>Requests to other nodes through a real RabbitMQ broker: every outcome arrives, none waits past its bound.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterCommandClientTests : IAsyncLifetime
{
    private readonly ClusterServersFixture _servers;
    private readonly string _self = "asker-" + Guid.NewGuid().ToString("N")[..8];
    private RabbitMqConnection? _rabbit;
    private ClusterCommandClient? _client;

    public ClusterCommandClientTests(ClusterServersFixture servers)
    {
        _servers = servers;
    }

    public async Task InitializeAsync()
    {
        var options = Options.Create(new ClusterOptions { Enabled = true, NodeId = _self, RabbitMqUri = _servers.RabbitMq.Uri });
        _rabbit = new RabbitMqConnection(options);
        await _rabbit.OpenAsync(CancellationToken.None);
        _client = new ClusterCommandClient(_rabbit, new ClusterNodeIdentity(options), NullLogger<ClusterCommandClient>.Instance);
        await _client.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _client!.DisposeAsync();
        await _rabbit!.DisposeAsync();
    }

    [Fact]
    public async Task Send_ToANodeWithoutQueue_IsUnreachableAtOnce()
    {
        var watch = Stopwatch.StartNew();

        var result = await _client!.SendAsync("gone-" + Guid.NewGuid().ToString("N"), "CP1", new ClearCache(), TimeSpan.FromSeconds(20), CancellationToken.None);

        Assert.Equal(RemoteDelivery.Unreachable, result.Delivery);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Send_ToANodeThatAnswers_ReturnsItsReply()
    {
        var peer = "peer-" + Guid.NewGuid().ToString("N")[..8];
        await using var channel = await ServeAsync(peer, (chargerId, command) =>
            new RemoteCommandResponse(true, ClusterCodec.ToWire(CommandReply.Answered(true, "Accepted", detail: chargerId + ":" + command.Name))));

        var result = await _client!.SendAsync(peer, "CP7", new ResetCharger(ResetKind.Soft, null), TimeSpan.FromSeconds(20), CancellationToken.None);

        Assert.Equal(RemoteDelivery.Delivered, result.Delivery);
        Assert.Equal((CommandOutcome.Success, "Accepted", "CP7:" + new ResetCharger(ResetKind.Soft, null).Name), (result.Reply!.Outcome, result.Reply.Status, result.Reply.Detail));
    }

    [Fact]
    public async Task Send_ToANodeThatNoLongerHoldsTheCharger_IsNotHere()
    {
        var peer = "peer-" + Guid.NewGuid().ToString("N")[..8];
        await using var channel = await ServeAsync(peer, (_, _) => new RemoteCommandResponse(false, null));

        var result = await _client!.SendAsync(peer, "CP7", new ClearCache(), TimeSpan.FromSeconds(20), CancellationToken.None);

        Assert.Equal(RemoteDelivery.NotHere, result.Delivery);
    }

    [Fact]
    public async Task Send_ToANodeThatNeverAnswers_TimesOutAtTheBound()
    {
        var peer = "peer-" + Guid.NewGuid().ToString("N")[..8];
        await using var channel = await ServeAsync(peer, null);
        var watch = Stopwatch.StartNew();

        var result = await _client!.SendAsync(peer, "CP7", new ClearCache(), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(RemoteDelivery.Timeout, result.Delivery);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    // A stand-in for another node: consumes its queue and answers with `answer` (or never, when null).
    private async Task<IChannel> ServeAsync(string nodeId, Func<string, ChargerCommand, RemoteCommandResponse>? answer)
    {
        var channel = await _rabbit!.CreateChannelAsync(1, CancellationToken.None);
        await channel.QueueDeclareAsync(ClusterNodeIdentity.QueueOf(nodeId), durable: false, exclusive: true, autoDelete: true);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var (chargerId, command) = ClusterCodec.DecodeCommand(delivery.Body.Span);
            if (answer is not null)
            {
                var body = JsonSerializer.SerializeToUtf8Bytes(answer(chargerId, command), ClusterJsonContext.Default.RemoteCommandResponse);
                await channel.BasicPublishAsync(string.Empty, delivery.BasicProperties.ReplyTo!, false, new BasicProperties { CorrelationId = delivery.BasicProperties.CorrelationId }, body);
            }
        };
        await channel.BasicConsumeAsync(ClusterNodeIdentity.QueueOf(nodeId), autoAck: true, consumer);
        return channel;
    }
}
