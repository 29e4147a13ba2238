using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Tests.Support;

/// <summary>Collects log lines so tests can check that something was logged (event id and level), and prints them.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public Action<string>? Output { get; set; }

    public IReadOnlyCollection<CapturedLogEntry> Entries => _entries;

    public bool Contains(int eventId) => _entries.Any(e => e.EventId == eventId);

    public int Count(int eventId) => _entries.Count(e => e.EventId == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new CapturedLogEntry(logLevel, eventId.Id, category, formatter(state, exception), exception);
            owner._entries.Enqueue(entry);
            if (logLevel >= LogLevel.Information)
            {
                try
                {
                    owner.Output?.Invoke($"{logLevel} [{eventId.Id}] {entry.Message}{(exception is null ? string.Empty : " " + exception.Message)}");
                }
                catch (InvalidOperationException)
                {
                    // The test that owned the output already finished (a background loop logged late); nothing to print to.
                }
            }
        }
    }
}
