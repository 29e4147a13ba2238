using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Cluster.Messaging;
using SharpCharge.Csms.Cluster.Ownership;

namespace SharpCharge.Csms.Cluster;

/// <summary>
/// Starts and stops this node's part of the cluster (after the migrations, which are registered earlier), in order: the
/// RabbitMQ connection, the command queue, the command client, the live-event relay, then the lease, renewed in the
/// background until the host stops, when the node leaves the cluster and closes everything in reverse. Chargers
/// connect only after all of this: the server starts listening once the hosted services have started.
/// </summary>
internal sealed class ClusterNode : BackgroundService
{
    private readonly NodeLease _lease;
    private readonly RabbitMqConnection _rabbit;
    private readonly ClusterCommandServer _server;
    private readonly ClusterCommandClient _client;
    private readonly LiveEventRelay _relay;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;

    public ClusterNode(
        NodeLease lease,
        RabbitMqConnection rabbit,
        ClusterCommandServer server,
        ClusterCommandClient client,
        LiveEventRelay relay,
        TimeProvider time,
        IOptions<ClusterOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lease = lease;
        _rabbit = rabbit;
        _server = server;
        _client = client;
        _relay = relay;
        _time = time;
        _interval = options.Value.LeaseRenewInterval;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _rabbit.OpenAsync(cancellationToken).ConfigureAwait(false);
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);
        await _client.StartAsync(cancellationToken).ConfigureAwait(false);
        await _relay.StartAsync(cancellationToken).ConfigureAwait(false);

        // Join last, just before the renewals start: the lease must not run down while the broker set-up is slow.
        await _lease.JoinAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _lease.LeaveAsync(cancellationToken).ConfigureAwait(false);
        await _lease.DisposeAsync().ConfigureAwait(false);
        await _relay.DisposeAsync().ConfigureAwait(false);
        await _client.DisposeAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
        await _rabbit.DisposeAsync().ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await _lease.RenewAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; StopAsync leaves the cluster.
        }
    }
}
