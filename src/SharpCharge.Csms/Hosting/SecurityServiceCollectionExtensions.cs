using Microsoft.Extensions.Options;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Storage.Sql;

namespace SharpCharge.Csms.Hosting;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Who gets in: lock-outs ("Security"), the built-in CA ("CertificateAuthority", off by default) and its signing
    /// queue, the client certificate check of security profile 3, the charger security store, security events.
    /// Both sections are checked at start. Call after <c>AddCsmsDomain</c> and <c>AddCsmsConnections</c>.
    /// </summary>
    public static IServiceCollection AddCsmsSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section)
            .Validate(o => o.Problem() is null, "Security: a lock-out setting is out of range (see docs/security.md).")
            .ValidateOnStart();
        services.AddOptions<CertificateAuthorityOptions>().BindConfiguration(CertificateAuthorityOptions.Section)
            .Validate(o => o.Problem() is null, "CertificateAuthority: CertificatePath is required when Enabled; ValidityDays 1-3650; SubjectName a distinguished name.")
            .ValidateOnStart();
        services.AddSingleton<IChargerSecurityStore, SqlChargerSecurityStore>();
        services.AddSingleton<SecurityEvents>();
        services.AddSingleton(sp => new LoginThrottle(sp.GetRequiredService<IOptions<SecurityOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CertificateAuthority>();
        services.AddSingleton<ChargerCertificateCheck>();
        services.AddSingleton<CertificateSigningQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<CertificateSigningQueue>());
        return services;
    }
}
