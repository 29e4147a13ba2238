using Microsoft.Extensions.Logging;
using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Simulator.Output;

/// <summary>
/// The simulator's protocol debug switches: the command-line flags, or else the same environment variables the
/// central system reads (<see cref="OcppTraceEnvironment"/>). A flag wins over its variable.
/// </summary>
internal sealed record ProtocolTraceSettings
{
    public bool Enabled { get; init; }

    public LogLevel Level { get; init; } = LogLevel.Debug;

    /// <summary>The file for the lines (<c>{charger}</c> gives one per station); null writes them to the error stream.</summary>
    public string? File { get; init; }

    public bool Pretty { get; init; }

    /// <summary>Combines the flags with the environment; throws <see cref="ArgumentException"/> naming what to fix.</summary>
    /// <param name="level">The <c>--log-level</c> text, or null when the flag is absent.</param>
    /// <param name="file">The <c>--log-file</c> path, or null when the flag is absent.</param>
    public static ProtocolTraceSettings From(bool enabled, string? level, string? file, bool pretty, Func<string, string?> environment)
    {
        var levelText = level ?? NonEmpty(environment(OcppTraceEnvironment.Level)) ?? "DEBUG";
        var parsed = OcppProtocolTrace.ParseLevel(levelText)
            ?? throw new ArgumentException(
                $"{(level is null ? OcppTraceEnvironment.Level : "--log-level")} must be DEBUG, INFO or WARNING (found '{levelText}').");
        return new ProtocolTraceSettings
        {
            Enabled = enabled || IsTrue(environment(OcppTraceEnvironment.Enabled)),
            Level = parsed,
            File = file ?? NonEmpty(environment(OcppTraceEnvironment.File)),
            Pretty = pretty || IsTrue(environment(OcppTraceEnvironment.Pretty)),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool IsTrue(string? value) => bool.TryParse(value?.Trim(), out var on) && on;
}
