using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>Optional OTLP export: on only with OTEL_EXPORTER_OTLP_ENDPOINT, it posts the same meters as /metrics.</summary>
public abstract partial class CsmsEndToEndTests
{
    [Fact]
    public async Task Otlp_WithAnEndpoint_PostsTheMetricsAsProtobuf_ToV1Metrics()
    {
        var posts = new ConcurrentQueue<(string Path, string? ContentType, byte[] Body)>();
        await using var collector = await StartCollectorAsync(posts);
        await using (var running = await RunAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.Single(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        }))
        {
            await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-OTLP", OcppVersion.V16);
            await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));
            await Eventually.TrueAsync(() => Task.FromResult(posts.Any(p => p.Path == "/v1/metrics" && Contains(p.Body, "ocpp.calls.handled"))));
        }

        var metrics = posts.Where(p => p.Path == "/v1/metrics").ToList();
        Assert.All(metrics, p => Assert.Equal("application/x-protobuf", p.ContentType));
        Assert.Contains(metrics, p => Contains(p.Body, "SharpCharge.Ocpp") && Contains(p.Body, "BootNotification"));
        Assert.Contains(metrics, p => Contains(p.Body, "SharpCharge.Csms") && Contains(p.Body, "csms.chargers.connected"));
    }

    [Fact]
    public async Task Otlp_WithAnEndpointThatIsNotAUrl_RefusesToStart_NamingTheVariable()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "collector:4318",
        }));
        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", error.Message, StringComparison.Ordinal);
        Assert.Contains("'collector:4318'", error.Message, StringComparison.Ordinal);
    }

    // Protobuf keeps strings as plain UTF-8, so a name in the payload can be found without decoding it.
    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>A stand-in OTLP/HTTP collector on a free loopback port: records every POST and answers 200.</summary>
    private static async Task<CollectorApp> StartCollectorAsync(ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> posts)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            posts.Enqueue((context.Request.Path.Value ?? "", context.Request.ContentType, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return new CollectorApp(app);
    }

    private sealed class CollectorApp(WebApplication app) : IAsyncDisposable
    {
        public ICollection<string> Urls => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
