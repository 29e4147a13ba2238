using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Simulator.Output;

/// <summary>
/// The trace every simulated station shares, and where its lines go: a file (one per station with
/// <c>{charger}</c>) or the error stream, so the trace never mixes with the live view on standard output.
/// Disposing closes the files.
/// </summary>
internal sealed class ProtocolTraceOutput : IDisposable
{
    private readonly OcppTraceLoggerProvider? _provider;

    private ProtocolTraceOutput(OcppTraceLoggerProvider? provider, OcppProtocolTrace? trace)
    {
        _provider = provider;
        Trace = trace;
    }

    /// <summary>The trace to give each station, or null when protocol debugging is off.</summary>
    public OcppProtocolTrace? Trace { get; }

    public static ProtocolTraceOutput Create(ProtocolTraceSettings settings, TextWriter errorStream)
    {
        if (!settings.Enabled)
        {
            return new ProtocolTraceOutput(null, null);
        }

        var provider = settings.File is { } file
            ? new OcppTraceLoggerProvider(file, settings.Level)
            : new OcppTraceLoggerProvider(errorStream, settings.Level);
        var trace = new OcppProtocolTrace(provider.CreateLogger(OcppProtocolTrace.Category), OcppTraceSide.Charger, settings.Pretty);
        return new ProtocolTraceOutput(provider, trace);
    }

    public void Dispose() => _provider?.Dispose();
}
