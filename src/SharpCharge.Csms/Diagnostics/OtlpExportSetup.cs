using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Csms.Diagnostics;

/// <summary>
/// Optional OpenTelemetry export, switched on only by the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>: the same meters
/// as <c>/metrics</c>, and the HTTP server's request spans, pushed to an OTLP collector. The standard variables
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> (grpc or http/protobuf), <c>OTEL_METRIC_EXPORT_INTERVAL</c> (ms) and
/// <c>OTEL_SERVICE_NAME</c> are honoured; they are read from configuration, which holds the environment.
/// </summary>
internal static class OtlpExportSetup
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ProtocolVariable = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public const string IntervalVariable = "OTEL_METRIC_EXPORT_INTERVAL";
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";

    public static WebApplicationBuilder AddOtlpExport(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var endpointText = configuration[EndpointVariable];
        if (string.IsNullOrWhiteSpace(endpointText))
        {
            return builder;
        }

        if (!Uri.TryCreate(endpointText.Trim(), UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{EndpointVariable} must be an http:// or https:// URL such as http://collector:4318 (found '{endpointText}').");
        }

        var protocol = configuration[ProtocolVariable]?.Trim() switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            var other => throw new InvalidOperationException($"{ProtocolVariable} must be grpc or http/protobuf (found '{other}')."),
        };
        var interval = 60_000;
        if (configuration[IntervalVariable] is { Length: > 0 } intervalText
            && (!int.TryParse(intervalText, System.Globalization.CultureInfo.InvariantCulture, out interval) || interval < 100))
        {
            throw new InvalidOperationException($"{IntervalVariable} must be a number of milliseconds, at least 100 (found '{intervalText}').");
        }

        var settings = new OtlpSettings(endpoint, protocol, interval, configuration[ServiceNameVariable] is { Length: > 0 } name ? name : "sharpcharge-csms");
        builder.Services.AddSingleton(settings);
        builder.Services.AddHostedService<OtlpExporterService>();
        return builder;
    }

    /// <summary>Over HTTP each signal has its own path under the endpoint (OTLP specification); gRPC takes the endpoint as it is.</summary>
    internal static Uri SignalEndpoint(OtlpSettings settings, string signalPath) => settings.Protocol == OtlpExportProtocol.HttpProtobuf
        ? new Uri(settings.Endpoint.ToString().TrimEnd('/') + "/" + signalPath)
        : settings.Endpoint;

    internal sealed record OtlpSettings(Uri Endpoint, OtlpExportProtocol Protocol, int IntervalMilliseconds, string ServiceName);

    /// <summary>Owns the providers: built at start, flushed and disposed at stop, so the last figures are sent too.</summary>
    private sealed class OtlpExporterService(OtlpSettings settings) : IHostedService
    {
        private MeterProvider? _meters;
        private TracerProvider? _traces;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _meters = Sdk.CreateMeterProviderBuilder()
                .ConfigureResource(r => r.AddService(settings.ServiceName))
                .AddMeter(OcppMetrics.MeterName, CsmsMetrics.MeterName)
                .AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = SignalEndpoint(settings, "v1/metrics");
                    exporter.Protocol = settings.Protocol;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = settings.IntervalMilliseconds;
                })
                .Build();

            // ASP.NET Core starts one activity per HTTP request on this source; exporting them costs nothing per OCPP frame.
            _traces = Sdk.CreateTracerProviderBuilder()
                .ConfigureResource(r => r.AddService(settings.ServiceName))
                .AddSource("Microsoft.AspNetCore")
                .AddOtlpExporter(exporter =>
                {
                    exporter.Endpoint = SignalEndpoint(settings, "v1/traces");
                    exporter.Protocol = settings.Protocol;
                })
                .Build();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _meters?.Dispose();
            _traces?.Dispose();
            return Task.CompletedTask;
        }
    }
}
