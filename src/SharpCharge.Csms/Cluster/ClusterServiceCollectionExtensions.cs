using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Cluster.Leadership;
using SharpCharge.Csms.Cluster.Messaging;
using SharpCharge.Csms.Cluster.Ownership;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.SmartCharging;
using SharpCharge.Csms.Protocol;

namespace SharpCharge.Csms.Cluster;

internal static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Cluster</c> section; when <c>Cluster:Enabled</c> is true, replaces the single-node
    /// command router, live events, charger presence and site leadership with the cluster's, and adds the
    /// <see cref="ClusterNode"/> hosted service. Call it after the other registrations (it replaces theirs).
    /// </summary>
    public static IServiceCollection AddCsmsCluster(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>());
        if (!configuration.GetSection(ClusterOptions.Section).GetValue<bool>(nameof(ClusterOptions.Enabled)))
        {
            return services;
        }

        services.AddSingleton<ClusterNodeIdentity>();
        services.AddSingleton<OwnershipStore>();
        services.AddSingleton<ClusterDirectory>();
        services.AddSingleton<HeldChargers>();
        services.AddSingleton<NodeLease>();
        services.AddSingleton<RabbitMqConnection>();
        services.AddSingleton<ClusterCommandClient>();
        services.AddSingleton<ClusterCommandServer>();
        services.AddSingleton<ClusterLiveEvents>();
        services.AddSingleton<LiveEventRelay>();
        services.AddSingleton<LocalCommandRouter>();

        services.RemoveAll<ICommandRouter>();
        services.AddSingleton<ICommandRouter, ClusterCommandRouter>();
        services.RemoveAll<ILiveEvents>();
        services.AddSingleton<ILiveEvents>(sp => sp.GetRequiredService<ClusterLiveEvents>());
        services.RemoveAll<IChargerPresence>();
        services.AddSingleton<IChargerPresence, ClusterChargerPresence>();
        services.RemoveAll<ISiteLeadership>();
        services.AddSingleton<ISiteLeadership, PostgresSiteLeadership>();

        services.AddHostedService<ClusterNode>();
        return services;
    }
}
