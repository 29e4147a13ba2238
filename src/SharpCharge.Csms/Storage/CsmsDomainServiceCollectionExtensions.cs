using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.SmartCharging;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Csms.Storage.Sql;

namespace SharpCharge.Csms.Storage;

/// <summary>Registers the domain services and the storage behind them.</summary>
internal static class CsmsDomainServiceCollectionExtensions
{
    /// <summary>
    /// Adds every domain service (chargers, stations, connector status, authorization, id tokens, transactions,
    /// charger events, the command history) over the database chosen in the <c>Storage</c> section, with options from <c>Storage</c> and
    /// <c>Csms</c> validated at start. Hosted services, in this order: the migrator (when
    /// <c>Storage:MigrateOnStart</c>, default true) and the group-commit writer, which transaction writes need running.
    /// A <see cref="TimeProvider"/> registered before this call is kept (tests pass a fake one).
    /// </summary>
    public static IServiceCollection AddCsmsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(
                o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is Postgres.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddOptions<CsmsOptions>()
            .Bind(configuration.GetSection(CsmsOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CsmsOptions>, CsmsOptionsValidator>());
        services.AddOptions<CommandOptions>()
            .Bind(configuration.GetSection(CommandOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommandOptions>, CommandOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);

        // Storage: one dialect (owns the connection pool), the writer, the stores.
        services.AddSingleton(sp => SqlDialect.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<GroupCommitWriter>();
        services.AddSingleton<IDatabaseMigrator, DatabaseMigrator>();
        services.AddSingleton<IChargerStore, SqlChargerStore>();
        services.AddSingleton<IStationStore, SqlStationStore>();
        services.AddSingleton<IConnectorStatusStore, SqlConnectorStatusStore>();
        services.AddSingleton<IIdTokenStore, SqlIdTokenStore>();
        services.AddSingleton<ITransactionStore, SqlTransactionStore>();
        services.AddSingleton<IChargerEventStore, SqlChargerEventStore>();
        services.AddSingleton<ICommandStore, SqlCommandStore>();
        services.AddSingleton<IReportingStore, SqlReportingStore>();
        services.AddSingleton<IChargingProfileStore, SqlChargingProfileStore>();

        // Live events: in-process unless cluster mode registered another implementation first.
        services.TryAddSingleton<ILiveEvents, InProcessLiveEvents>();

        // Domain services: stateless apart from ChargerService's last-seen throttle, so singletons.
        services.AddSingleton<IChargerService, ChargerService>();
        services.AddSingleton<IStationService, StationService>();
        services.AddSingleton<IConnectorStatusService, ConnectorStatusService>();
        services.AddSingleton<IAuthorizationService, AuthorizationService>();
        services.AddSingleton<IIdTokenService, IdTokenService>();
        services.AddSingleton<TransactionService>();
        services.AddSingleton<ITransactionService>(sp => new PublishingTransactionService(
            sp.GetRequiredService<TransactionService>(), sp.GetRequiredService<ILiveEvents>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IChargerEventService, ChargerEventService>();
        services.AddSingleton<TransactionSignals>();

        // What chargers report and notify about their limits (the version adapters hand it over); it asks the site
        // balancer, if enabled, for rounds. Stored profiles and sending them need commands: Connections registers those.
        services.AddSingleton<IChargingLimitService, ChargingLimitService>();
        services.TryAddSingleton<SiteBalancingQueue>();
        services.TryAddSingleton<SiteLoadJournal>();
        services.TryAddSingleton<EvChargingNeeds>();

        // Hosted services start in registration order: schema first, then the writer.
        services.AddHostedService<MigrationHostedService>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommitWriter>());
        services.AddHostedService<ProtocolLogRetentionJob>();
        return services;
    }
}
