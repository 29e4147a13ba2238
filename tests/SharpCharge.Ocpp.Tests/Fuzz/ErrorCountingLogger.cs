using Microsoft.Extensions.Logging;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>Counts what the connection logs at Error or above (a handler or the library failing), keeping the first lines.</summary>
internal sealed class ErrorCountingLogger : ILogger<OcppConnection>
{
    private readonly List<string> _first = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<string> First
    {
        get
        {
            lock (_first)
            {
                return [.. _first];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        Interlocked.Increment(ref _count);
        lock (_first)
        {
            if (_first.Count < 10)
            {
                _first.Add(formatter(state, exception) + " " + exception);
            }
        }
    }
}
