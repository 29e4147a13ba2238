using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SharpCharge.Csms.Hosting;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>
/// The real central system, started on loopback with ports picked by the OS, on the given database.
/// Settings are the production defaults unless a test overrides them.
/// </summary>
internal sealed class CsmsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CsmsServer(WebApplication app)
    {
        _app = app;
        OcppPort = app.Services.GetRequiredService<BoundListeners>().Port(ListenerKind.Ocpp);
        ApiPort = app.Services.GetRequiredService<BoundListeners>().Port(ListenerKind.Api);
    }

    public int OcppPort { get; }

    public int ApiPort { get; }

    public IServiceProvider Services => _app.Services;

    public Uri ChargerUri(string chargerId, string prefix = "ocpp") => new($"ws://127.0.0.1:{OcppPort}/{prefix}/{Uri.EscapeDataString(chargerId)}");

    public T Get<T>()
        where T : notnull
        => _app.Services.GetRequiredService<T>();

    /// <param name="configure">Runs after the test's settings are added: extra logging providers, for example.</param>
    public static async Task<CsmsServer> StartAsync(StorageBackend storage, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var app = CsmsApp.Build(
            [],
            builder =>
            {
                builder.Environment.EnvironmentName = Environments.Production;
                var values = new Dictionary<string, string?>
                {
                    ["Http:ListenAddress"] = "127.0.0.1",
                    ["Http:Port"] = "0",
                    ["Ocpp:Port"] = "0",
                    ["Ocpp:UnknownChargers"] = "Accept",
                    ["Storage:Provider"] = storage.Provider.ToString(),
                    ["Storage:ConnectionString"] = storage.ConnectionString,
                    ["Logging:LogLevel:Default"] = "Warning",
                };
                foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                {
                    values[key] = value;
                }

                builder.Configuration.AddInMemoryCollection(values);
                configure?.Invoke(builder);
            });
        await app.StartAsync();
        return new CsmsServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
