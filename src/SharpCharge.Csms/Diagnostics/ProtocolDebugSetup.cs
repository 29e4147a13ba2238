using Microsoft.Extensions.Logging.Console;
using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Csms.Diagnostics;

/// <summary>Reads the protocol debug settings (environment variables win over configuration) and wires the trace's output.</summary>
internal static class ProtocolDebugSetup
{
    private static readonly (string Variable, string Key)[] Variables =
    [
        (OcppTraceEnvironment.Enabled, nameof(ProtocolDebugOptions.Enabled)),
        (OcppTraceEnvironment.Level, nameof(ProtocolDebugOptions.Level)),
        (OcppTraceEnvironment.File, nameof(ProtocolDebugOptions.File)),
        (OcppTraceEnvironment.Pretty, nameof(ProtocolDebugOptions.Pretty)),
    ];

    public static WebApplicationBuilder AddProtocolDebug(this WebApplicationBuilder builder)
    {
        var fromEnvironment = Variables
            .Select(v => (Key: $"{ProtocolDebugOptions.Section}:{v.Key}", Value: Environment.GetEnvironmentVariable(v.Variable)))
            .Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value);
        if (fromEnvironment.Count > 0)
        {
            builder.Configuration.AddInMemoryCollection(fromEnvironment);
        }

        var options = builder.Configuration.GetSection(ProtocolDebugOptions.Section).Get<ProtocolDebugOptions>() ?? new ProtocolDebugOptions();
        var level = options.ParsedLevel
            ?? throw new InvalidOperationException($"OCPP_LOG_LEVEL (or {ProtocolDebugOptions.Section}:Level) must be DEBUG, INFO or WARNING, not '{options.Level}'.");
        if (!options.Enabled)
        {
            builder.Services.AddSingleton(new ProtocolDebug(null));
            return builder;
        }

        builder.Logging.AddFilter(ProtocolDebugOptions.Category, level);
        if (!string.IsNullOrWhiteSpace(options.File))
        {
            builder.Logging.AddProvider(new OcppTraceLoggerProvider(options.File));
            builder.Logging.AddFilter<ConsoleLoggerProvider>(ProtocolDebugOptions.Category, LogLevel.None);
        }

        builder.Services.AddSingleton(services => new ProtocolDebug(new OcppProtocolTrace(
            services.GetRequiredService<ILoggerFactory>().CreateLogger(ProtocolDebugOptions.Category), OcppTraceSide.Server, options.Pretty)));
        return builder;
    }
}

/// <summary>The central system's protocol trace, or null when protocol debugging is off.</summary>
internal sealed record ProtocolDebug(OcppProtocolTrace? Trace);
