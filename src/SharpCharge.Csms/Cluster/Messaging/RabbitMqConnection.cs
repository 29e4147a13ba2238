using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// The node's one connection to RabbitMQ, opened when the cluster starts and closed when it stops. The client
/// recovers it (and the queues and consumers declared on it) after a broker restart or a network break.
/// </summary>
internal sealed class RabbitMqConnection : IAsyncDisposable
{
    private readonly ClusterOptions _options;
    private IConnection? _connection;

    public RabbitMqConnection(IOptions<ClusterOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(_options.RabbitMqUri!),
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
            ClientProvidedName = "sharpcharge-csms-" + _options.NodeId,
        };
        _connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A new channel; <paramref name="consumerConcurrency"/> deliveries are handled at once.</summary>
    public Task<IChannel> CreateChannelAsync(ushort consumerConcurrency, CancellationToken cancellationToken)
    {
        var connection = _connection ?? throw new InvalidOperationException("The RabbitMQ connection is not open yet.");
        return connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: false, publisherConfirmationTrackingEnabled: false, consumerDispatchConcurrency: consumerConcurrency),
            cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            await connection.CloseAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
