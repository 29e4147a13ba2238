using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>
/// The central system's console, captured: every log line, in every category the configured levels let through,
/// rendered by the console formatter the configuration chose (<c>Logging:Console:FormatterName</c>, set by
/// <c>Ocpp:LogFormat</c>) with its options (scopes included or not), exactly as the console would print it. The real
/// console provider is muted so the test output stays readable.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _messages = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    private ConsoleFormatter _formatter = null!;

    /// <summary>Adds the capture to a central system being built.</summary>
    public void AttachTo(WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter<ConsoleLoggerProvider>(_ => false);
        builder.Services.AddSingleton<ILoggerProvider>(services =>
        {
            var name = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple;
            _formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
            return this;
        });
    }

    /// <summary>The lines written so far, in order.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>The messages written so far, without level, category or scopes: one per log call, in order.</summary>
    public IReadOnlyList<string> Messages => [.. _messages];

    /// <summary>The lines written so far, each parsed as one JSON object (fails when a line is not JSON).</summary>
    public IReadOnlyList<JsonElement> JsonLines => [.. Lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            owner._messages.Enqueue(formatter(state, exception));
            using var text = new StringWriter();
            owner._formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), owner._scopes, text);
            foreach (var line in text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                owner._lines.Enqueue(line);
            }
        }
    }
}
