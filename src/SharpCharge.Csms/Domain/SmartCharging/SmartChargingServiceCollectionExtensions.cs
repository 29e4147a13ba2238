using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>Registers site load management.</summary>
internal static class SmartChargingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the site balancer (a hosted service that does nothing unless <c>SmartCharging:Balancer:Enabled</c>), its
    /// options validated at start, and <see cref="SingleNodeSiteLeadership"/> unless a cluster registered its own
    /// <see cref="ISiteLeadership"/> first.
    /// </summary>
    public static IServiceCollection AddSiteBalancing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SiteBalancerOptions>()
            .Bind(configuration.GetSection(SiteBalancerOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SiteBalancerOptions>, SiteBalancerOptionsValidator>());
        services.TryAddSingleton<ISiteLeadership, SingleNodeSiteLeadership>();
        services.TryAddSingleton<SiteBalancingQueue>();
        services.TryAddSingleton<SiteLoadJournal>();
        services.TryAddSingleton<EvChargingNeeds>();
        services.AddHostedService<SiteBalancer>();
        return services;
    }
}
