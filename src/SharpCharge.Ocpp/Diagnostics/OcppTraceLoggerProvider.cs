using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SharpCharge.Ocpp.Diagnostics;

/// <summary>
/// Writes the protocol trace's lines (category <see cref="OcppProtocolTrace.Category"/>) to a file, to one file per
/// charger when the path holds <c>{charger}</c>, or to a text writer (a console stream). Lines are written and
/// flushed as they come, so a crash loses nothing already logged; other categories are not taken, so the rest of
/// the log stays where it was. Both the central system and the simulator write their traces through it.
/// </summary>
public sealed class OcppTraceLoggerProvider : ILoggerProvider
{
    /// <summary>The placeholder that gives one file per charger, e.g. <c>logs/ocpp_{charger}.log</c>.</summary>
    public const string ChargerPlaceholder = "{charger}";

    private readonly string? _pathPattern;
    private readonly TextWriter? _console;
    private readonly LogLevel _minimum;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, LogFile> _files = new(StringComparer.Ordinal);
    private readonly Lock _consoleGate = new();

    /// <summary>Writes to files.</summary>
    /// <param name="pathPattern">The file, relative to the working directory; <c>{charger}</c> is replaced by each charger's id.</param>
    /// <param name="minimum">The least level written; a host's logging filters may take away more.</param>
    /// <param name="time">The clock of the lines' timestamps; the system's by default.</param>
    public OcppTraceLoggerProvider(string pathPattern, LogLevel minimum = LogLevel.Trace, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathPattern);
        _pathPattern = Path.GetFullPath(pathPattern);
        _minimum = minimum;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Writes every line to a text writer.</summary>
    /// <param name="console">Where the lines go, for example <see cref="Console.Error"/>.</param>
    /// <param name="minimum">The least level written; a host's logging filters may take away more.</param>
    /// <param name="time">The clock of the lines' timestamps; the system's by default.</param>
    public OcppTraceLoggerProvider(TextWriter console, LogLevel minimum = LogLevel.Trace, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
        _minimum = minimum;
        _time = time ?? TimeProvider.System;
    }

    public ILogger CreateLogger(string categoryName)
        => categoryName == OcppProtocolTrace.Category ? new TraceLogger(this) : NullLogger.Instance;

    public void Dispose()
    {
        foreach (var file in _files.Values)
        {
            file.Dispose();
        }

        _files.Clear();
    }

    private void Write(string? chargerId, string line)
    {
        if (_console is not null)
        {
            lock (_consoleGate)
            {
                _console.WriteLine(line);
                _console.Flush();
            }

            return;
        }

        var path = _pathPattern!.Contains(ChargerPlaceholder, StringComparison.Ordinal)
            ? _pathPattern.Replace(ChargerPlaceholder, SafeFileName(chargerId ?? "unknown"), StringComparison.Ordinal)
            : _pathPattern;
        _files.GetOrAdd(path, static p => new LogFile(p)).WriteLine(line);
    }

    // Charger ids may hold any printable ASCII (OCPP-NOTES §2.1), including characters a file name cannot.
    private static string SafeFileName(string chargerId)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return string.Create(chargerId.Length, chargerId, (span, id) =>
        {
            for (var i = 0; i < id.Length; i++)
            {
                span[i] = Array.IndexOf(invalid, id[i]) >= 0 || id[i] is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : id[i];
            }
        });
    }

    private sealed class TraceLogger(OcppTraceLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            string? chargerId = null;
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    if (key == "ChargerId")
                    {
                        chargerId = value as string;
                        break;
                    }
                }
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"{provider._time.GetUtcNow():yyyy-MM-ddTHH:mm:ss.fffZ} {formatter(state, exception)}");
            provider.Write(chargerId, line);
        }
    }

    private sealed class LogFile : IDisposable
    {
        private readonly Lock _gate = new();
        private readonly StreamWriter _writer;

        public LogFile(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite));
        }

        public void WriteLine(string line)
        {
            lock (_gate)
            {
                _writer.WriteLine(line);
                _writer.Flush();
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _writer.Dispose();
            }
        }
    }
}
