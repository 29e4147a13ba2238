using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using SharpCharge.Csms.Api;
using SharpCharge.Csms.Cluster;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Dashboard;
using SharpCharge.Csms.Demo;
using SharpCharge.Csms.Diagnostics;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Domain.SmartCharging;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Hosting;

/// <summary>
/// The composition root: the only place that reads configuration directly. Tests call <see cref="Build"/> with
/// their own settings (loopback, port 0, a temporary database) and run the real server.
/// </summary>
public static class CsmsApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        args = DemoMode.TakeSwitch(args, out var demo);
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddLogFormat();
        builder.AddProtocolDebug();
        builder.AddOtlpExport();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddCsmsDomain(builder.Configuration);
        builder.Services.AddCsmsConnections();
        builder.Services.AddCsmsSecurity();
        builder.Services.AddSiteBalancing(builder.Configuration);
        builder.Services.AddCsmsMetrics();
        builder.Services.AddCsmsApi();
        builder.Services.AddCsmsDashboard();

        // Last: in cluster mode it replaces the single-node router, live events and leadership registered above.
        builder.Services.AddCsmsCluster(builder.Configuration);

        var http = builder.Configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions();
        var ocpp = builder.Configuration.GetSection(OcppEndpointOptions.Section).Get<OcppEndpointOptions>() ?? new OcppEndpointOptions();
        var authority = builder.Configuration.GetSection(CertificateAuthorityOptions.Section).Get<CertificateAuthorityOptions>() ?? new CertificateAuthorityOptions();
        var clientCertificates = ChargerCertificateCheck.Requested(ocpp, authority);
        var listeners = new BoundListeners();
        builder.Services.AddSingleton(listeners);
        var limits = builder.Configuration.GetSection(PeerLimitsOptions.Section).Get<PeerLimitsOptions>() ?? new PeerLimitsOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Slow handshakes: a connection that has not sent its whole upgrade request (or anything) in time is closed.
            // An out-of-range value is left to the options check, which stops the start with a message naming it.
            if (limits.Problem() is null)
            {
                kestrel.Limits.RequestHeadersTimeout = limits.HandshakeTimeout;
                kestrel.Limits.KeepAliveTimeout = limits.HandshakeTimeout;
            }
            Listen(kestrel, listeners, http.ListenAddress, http.Port, ListenerKind.Api, null, false);
            Listen(kestrel, listeners, http.ListenAddress, ocpp.Port, ListenerKind.Ocpp, null, false);
            if (!string.IsNullOrEmpty(ocpp.TlsCertificatePath))
            {
                Listen(kestrel, listeners, http.ListenAddress, ocpp.TlsPort, ListenerKind.OcppTls, ocpp, clientCertificates);
            }
        });

        // A fleet that reconnects after a restart arrives at once: beyond Kestrel's default accept backlog of 512 the
        // kernel drops the SYNs, and those chargers retry only after 1, 3, 7 s (the kernel caps this at somaxconn).
        builder.Services.Configure<SocketTransportOptions>(sockets => sockets.Backlog = 4096);

        builder.AddDemoMode(demo);

        var app = builder.Build();
        app.UseWebSockets();

        // The OCPP port answers only WebSockets: no request there reaches the REST API mapped below.
        // The endpoint is a singleton taken from the root container: reaching it through context.RequestServices would
        // create (and later dispose) a service scope for every charger's connection, which nothing on this path uses.
        var ocppEndpoint = new Lazy<OcppWebSocketEndpoint>(app.Services.GetRequiredService<OcppWebSocketEndpoint>);
        app.MapWhen(ListenerKind.IsOcpp, branch => branch.Run(context => ocppEndpoint.Value.HandleAsync(context)));
        app.UseSecurityHeaders();
        app.MapMetrics();
        app.UseExceptionHandler();
        app.MapCsmsApi();
        app.MapCsmsDashboard();
        return app;
    }

    private static void Listen(KestrelServerOptions kestrel, BoundListeners listeners, string address, int port, string kind, OcppEndpointOptions? tls, bool clientCertificates)
    {
        void Configure(ListenOptions listen)
        {
            listeners.Add(kind, listen);
            listen.Use(ListenerKind.Tag(kind));
            if (tls is not null)
            {
                listen.UseHttps(tls.TlsCertificatePath!, tls.TlsCertificatePassword, https =>
                {
                    if (clientCertificates)
                    {
                        // Security profile 3: ask every charger for its certificate, but let the handshake finish whatever
                        // it sends; ChargerAdmission checks it against the CA, the charger id and the revocations, and
                        // refuses with an HTTP status a charger (and its operator) can read.
                        https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                        https.ClientCertificateValidation = static (_, _, _) => true;
                    }
                });
            }
        }

        if (address is "*" or "0.0.0.0" or "")
        {
            kestrel.ListenAnyIP(port, Configure);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(address), port, Configure);
        }
    }
}
