using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WebApp.Tests.Infrastructure;

/// <summary>A log entry captured by <see cref="TestLog"/>.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

/// <summary>Captures every log entry of a host, for assertions.</summary>
public sealed class TestLog : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <summary>Entries from a WebApp.Sessions category with this event id.</summary>
    public IReadOnlyList<LogEntry> Events(int eventId) =>
        Entries.Where(e => e.Category.StartsWith("WebApp.Sessions", StringComparison.Ordinal) && e.EventId.Id == eventId).ToList();

    /// <summary>
    /// Waits until an entry matches, for work that a background service does
    /// after the fake clock fired its timer. Fails after five seconds.
    /// </summary>
    public async Task<LogEntry> WaitForAsync(Func<LogEntry, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            var found = Entries.FirstOrDefault(match);
            if (found is not null)
                return found;
            await Task.Delay(10);
        }

        throw new Xunit.Sdk.XunitException("No matching log entry within 5 seconds. Entries:\n" + string.Join("\n", Entries.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception));
    }
}
