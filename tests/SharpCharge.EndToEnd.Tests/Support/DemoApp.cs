using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SharpCharge.Csms.Demo;
using SharpCharge.Csms.Hosting;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>
/// The central system as <c>--demo</c> builds it, in this process, listening on free loopback ports: the demo tests and
/// the dashboard's browser tests start it the same way and differ only in the demo's settings.
/// </summary>
internal static class DemoApp
{
    /// <summary>Builds (does not start) the demo with <paramref name="settings"/> on top of the loopback defaults.</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Http:ListenAddress"] = "127.0.0.1",
            ["Http:Port"] = "0",
            ["Ocpp:Port"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        return CsmsApp.Build(
            [DemoMode.Switch],
            builder =>
            {
                builder.Environment.EnvironmentName = Environments.Production;
                builder.Configuration.AddInMemoryCollection(configuration);
            });
    }

    /// <summary>The address of the started app's REST API and dashboard.</summary>
    public static Uri ApiUri(WebApplication app) =>
        new($"http://127.0.0.1:{app.Services.GetRequiredService<BoundListeners>().Port(ListenerKind.Api)}/");
}
