using Microsoft.Extensions.Logging;
using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Bench;

/// <summary>
/// The protocol trace the way an operator can have it, built through a <see cref="LoggerFactory"/> with the same
/// category filter the central system applies (<c>Logging:LogLevel:SharpCharge.Ocpp.Protocol</c>, or <c>OCPP_LOG_LEVEL</c>),
/// writing through <see cref="OcppTraceLoggerProvider"/> into <see cref="TextWriter.Null"/>: every line is formatted and
/// time-stamped as it would be for a file, and then thrown away, so no disk or console time is measured.
/// </summary>
internal sealed class TraceModes : IDisposable
{
    private readonly List<ILoggerFactory> _factories = [];

    /// <summary>A trace whose level filter takes nothing: configured, but switched off.</summary>
    public OcppProtocolTrace FilteredOut() => Create(LogLevel.None);

    /// <summary>WARNING: only CALLERRORs are written, so a successful CALL writes nothing, but each frame is still read.</summary>
    public OcppProtocolTrace WarningOnly() => Create(LogLevel.Warning);

    /// <summary>DEBUG: every tag of the frame (raw, envelope, payload, transport), written to a null sink.</summary>
    public OcppProtocolTrace DebugToNullSink() => Create(LogLevel.Debug);

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
    }

    private OcppProtocolTrace Create(LogLevel level)
    {
        var factory = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter(OcppProtocolTrace.Category, level)
            .AddProvider(new OcppTraceLoggerProvider(TextWriter.Null)));
        _factories.Add(factory);
        return new OcppProtocolTrace(factory.CreateLogger(OcppProtocolTrace.Category), OcppTraceSide.Server);
    }
}
