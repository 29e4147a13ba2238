using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Tests.Support;

/// <summary>
/// The domain and storage as the central system composes them (<see cref="CsmsDomainServiceCollectionExtensions.AddCsmsDomain"/>),
/// over a test database, with a test clock and captured logs; hosted services (migrations, group-commit writer) are
/// started and stopped like a host would.
/// </summary>
internal sealed class CsmsTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _started = [];

    private CsmsTestHost(ServiceProvider provider)
    {
        _provider = provider;
    }

    public static async Task<CsmsTestHost> StartAsync(
        StorageBackend backend,
        TimeProvider clock,
        CapturedLogs logs,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection, IConfiguration>? addServices = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = backend.Provider.ToString(),
            ["Storage:ConnectionString"] = backend.ConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddLogging(builder => builder.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddCsmsDomain(configuration);
        addServices?.Invoke(services, configuration);

        var host = new CsmsTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        try
        {
            foreach (var service in host._provider.GetServices<IHostedService>())
            {
                await service.StartAsync(CancellationToken.None);
                host._started.Add(service);
            }
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
    }
}
