namespace SharpCharge.Csms.Diagnostics;

/// <summary>
/// The console log format (<c>OCPP_LOG_FORMAT</c>, or <c>Ocpp:LogFormat</c>; the variable wins): <c>json</c> writes one JSON
/// object per line with the log scopes (charger id and connection id of a charger's connection, request id and trace id
/// of a REST request, command id of a command), so that one command can be followed by grepping one id; <c>text</c>
/// keeps the default one-line text. Both only set the standard <c>Logging:Console</c> keys, which can be set directly too.
/// </summary>
internal static class LogFormatSetup
{
    public const string Variable = "OCPP_LOG_FORMAT";

    public const string Key = "Ocpp:LogFormat";

    public static WebApplicationBuilder AddLogFormat(this WebApplicationBuilder builder)
    {
        var format = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(format))
        {
            format = builder.Configuration[Key];
        }

        if (string.IsNullOrWhiteSpace(format))
        {
            return builder;
        }

        var settings = SettingsFor(format)
            ?? throw new InvalidOperationException($"{Variable} (or {Key}) must be json or text, not '{format}'.");
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    /// <summary>The <c>Logging:Console</c> settings of a format, or null when the format is neither json nor text.</summary>
    public static Dictionary<string, string?>? SettingsFor(string format) => format.Trim().ToLowerInvariant() switch
    {
        "json" => new Dictionary<string, string?>
        {
            ["Logging:Console:FormatterName"] = "json",
            ["Logging:Console:FormatterOptions:IncludeScopes"] = "true",
            ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-ddTHH:mm:ss.fffZ",
        },
        "text" or "simple" => new Dictionary<string, string?>
        {
            ["Logging:Console:FormatterName"] = "simple",
        },
        _ => null,
    };
}
