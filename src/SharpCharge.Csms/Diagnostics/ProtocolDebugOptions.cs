using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Csms.Diagnostics;

/// <summary>
/// Protocol debug logging (section <c>Ocpp:ProtocolDebug</c>, or the environment variables <c>OCPP_PROTOCOL_DEBUG</c>,
/// <c>OCPP_LOG_LEVEL</c>, <c>OCPP_LOG_FILE</c>, <c>OCPP_LOG_PRETTY</c>): a tagged line per OCPP frame (docs/troubleshooting.md).
/// </summary>
public sealed class ProtocolDebugOptions
{
    public const string Section = "Ocpp:ProtocolDebug";

    /// <summary>The logger category of the trace lines, for logging filters.</summary>
    public const string Category = OcppProtocolTrace.Category;

    /// <summary>Write the trace. Default false: a connection then pays one null check per frame.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// DEBUG (envelopes, payloads, raw frames, transport), INFO (envelopes and errors) or WARNING (CALLERRORs only);
    /// the .NET names Debug, Information and Warning work too. Default DEBUG.
    /// </summary>
    public string Level { get; set; } = "DEBUG";

    /// <summary>
    /// Write the lines to this file instead of the console; <c>{charger}</c> in the path gives one file per charger,
    /// e.g. <c>logs/ocpp_{charger}.log</c>. Default: none (console).
    /// </summary>
    public string? File { get; set; }

    /// <summary>Indent payloads over several lines. Default false (one line per payload).</summary>
    public bool Pretty { get; set; }

    /// <summary>The level as a <see cref="LogLevel"/>, or null when it is not one of the accepted names.</summary>
    public LogLevel? ParsedLevel => OcppProtocolTrace.ParseLevel(Level);
}
