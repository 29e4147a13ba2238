using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpCharge.Csms.Connections.ProtocolLog;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Protocol;
using SharpCharge.Csms.Protocol.V16;
using SharpCharge.Csms.Protocol.V201;
using SharpCharge.Csms.Protocol.V21;

namespace SharpCharge.Csms.Connections;

internal static class ConnectionsServiceCollectionExtensions
{
    /// <summary>The OCPP endpoint, the charger sessions, the version adapters and the router that sends commands through them.</summary>
    public static IServiceCollection AddCsmsConnections(this IServiceCollection services)
    {
        services.AddOptions<OcppEndpointOptions>()
            .BindConfiguration(OcppEndpointOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.Problem() is null, "Ocpp: a duration is out of range (PingInterval 0..1h; PingTimeout and CallTimeout above 0 and at most 1h).")
            .ValidateOnStart();
        services.AddOptions<PeerLimitsOptions>()
            .BindConfiguration(PeerLimitsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.Problem() is null, "Ocpp:Limits: a duration is out of range (HandshakeTimeout 1 s..10 min; SendTimeout 0..1 h).")
            .ValidateOnStart();
        services.AddSingleton<ConnectionFloodGuard>();
        services.AddOptions<ChargerCompatibilityOptions>()
            .Configure<Microsoft.Extensions.Configuration.IConfiguration>((options, configuration) => configuration.GetSection(ChargerCompatibilityOptions.Section).Bind(options.Chargers));
        services.AddSingleton<ChargerSessionRegistry>();
        services.AddSingleton<ChargerAdmission>();
        services.TryAddSingleton<IChargerPresence, SingleNodePresence>();
        services.AddSingleton<OcppWebSocketEndpoint>();
        services.AddHostedService<OcppEndpointWarmUp>();
        services.AddSingleton<ProtocolLogRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<ProtocolLogRecorder>());
        services.AddSingleton<CsmsDomain>();
        services.AddSingleton<V16CentralSystem>();
        services.AddSingleton<V201CentralSystem>();
        services.AddSingleton<V21CentralSystem>();
        services.AddSingleton<CsmsRouters>();
        services.AddSingleton<V16CommandAdapter>();
        services.AddSingleton<V201CommandAdapter>();
        services.AddSingleton<V21CommandAdapter>();
        services.AddSingleton<ICommandRouter, LocalCommandRouter>();

        // The command service lives in the domain but needs a router, which only this layer can provide.
        services.AddSingleton<ICommandService, CommandService>();

        // Stored charging profiles are sent through the command service.
        services.AddSingleton<IChargingProfileService, ChargingProfileService>();
        return services;
    }
}
