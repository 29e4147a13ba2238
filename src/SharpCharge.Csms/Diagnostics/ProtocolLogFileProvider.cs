using System.Collections.Concurrent;
using System.Globalization;

namespace SharpCharge.Csms.Diagnostics;

/// <summary>
/// Writes the protocol trace's lines to a file, or to one file per charger when the path holds <c>{charger}</c>.
/// Lines are written and flushed as they come, so a crash loses nothing already logged; only the trace category
/// is taken, so the rest of the log stays where it was.
/// </summary>
internal sealed class ProtocolLogFileProvider : ILoggerProvider
{
    private const string ChargerPlaceholder = "{charger}";
    private readonly string _pathPattern;
    private readonly ConcurrentDictionary<string, LogFile> _files = new(StringComparer.Ordinal);

    public ProtocolLogFileProvider(string pathPattern)
    {
        _pathPattern = Path.GetFullPath(pathPattern);
    }

    public ILogger CreateLogger(string categoryName)
        => categoryName == ProtocolDebugOptions.Category ? new FileLogger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

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
        var path = _pathPattern.Contains(ChargerPlaceholder, StringComparison.Ordinal)
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

    private sealed class FileLogger(ProtocolLogFileProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
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

            var line = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {formatter(state, exception)}");
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
