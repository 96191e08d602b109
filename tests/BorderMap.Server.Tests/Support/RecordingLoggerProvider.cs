using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BorderMap.Server.Tests.Support;

/// <summary>One log line as the server wrote it: its category, message and the scopes around it.</summary>
public sealed record LogEntry(string Category, string Message, string Scopes);

/// <summary>Keeps every line a server under test logs, so tests can check what reaches the logs.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>The first line matching <paramref name="match"/>, waiting up to <paramref name="patience"/> for it to be logged.</summary>
    public async Task<LogEntry?> WaitForAsync(Func<LogEntry, bool> match, TimeSpan patience)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = Entries.FirstOrDefault(match);
            if (found is not null || clock.Elapsed > patience) return found;
            await Task.Delay(100);
        }
    }

    private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new System.Text.StringBuilder();
            owner._scopes.ForEachScope((scope, sb) => sb.Append(scope).Append(' '), scopes);
            owner.Entries.Enqueue(new LogEntry(category, formatter(state, exception), scopes.ToString()));
        }
    }
}
