using Microsoft.Extensions.Logging;
using WebApp.Sessions.Storage;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Cleanup;

/// <summary>The background cleanup inside a running app, driven by the fake clock.</summary>
public sealed class ExpiredSessionCleanupServiceTests : IAsyncLifetime
{
    private const int CleanupDisabled = 12;
    private const int CleanupDeleted = 13;
    private const int CleanupFoundNothing = 14;
    private const int CleanupFailed = 15;
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly TimerTrackingClock _clock = new();
    private readonly AppHost _host;

    public ExpiredSessionCleanupServiceTests()
    {
        _host = new AppHost(
            new Dictionary<string, string?>
            {
                ["Sessions:CleanupInterval"] = "00:01:00",
                ["Sessions:CleanupBatchSize"] = "10",

                // An empty pass logs at Debug, below the app's default level.
                ["Logging:LogLevel:WebApp.Sessions"] = "Debug",
            },
            clock: _clock);
    }

    public async Task InitializeAsync()
    {
        _ = _host.Address;
        await _clock.WaitForTimerAsync(Interval);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Cleanup_DeletesExpiredBrowserSessions()
    {
        // Arrange: three sessions that expire after the default 20 minutes
        // of idle time, then two that are 10 minutes younger.
        var expired = await VisitAsync(3);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var live = await VisitAsync(2);

        // Act
        _clock.Advance(TimeSpan.FromMinutes(11));
        var entry = await WaitForEventAsync(_host, CleanupDeleted);

        // Assert
        Assert.StartsWith("Deleted 3 expired sessions", entry.Message);
        Assert.Equal(2, _host.LiteDb.CountInFile());
        foreach (var (_, cookie, _) in expired)
            Assert.Null(_host.ReadStoredRecord(cookie));
        foreach (var (browser, _, userId) in live)
        {
            Assert.Equal(userId, await browser.UserIdAsync());
            browser.Dispose();
        }
    }

    [Fact]
    public async Task Cleanup_DeletesAllBatchesInOnePass()
    {
        await CreateRecordsAsync(25, TimeSpan.FromSeconds(30));
        var live = await CreateRecordsAsync(5, TimeSpan.FromDays(1));

        _clock.Advance(Interval);
        var entry = await WaitForEventAsync(_host, CleanupDeleted);

        Assert.StartsWith("Deleted 25 expired sessions", entry.Message);
        Assert.Equal(5, _host.LiteDb.CountInFile());
        foreach (var record in live)
            Assert.NotNull(await _host.Store.ReadAsync(record.Key));
    }

    [Fact]
    public async Task Cleanup_NothingExpiredLogsDebug()
    {
        await CreateRecordsAsync(2, TimeSpan.FromDays(1));

        _clock.Advance(Interval);
        var entry = await WaitForEventAsync(_host, CleanupFoundNothing);

        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.Equal(2, _host.LiteDb.CountInFile());
        Assert.Empty(_host.Log.Events(CleanupDeleted));
    }

    [Fact]
    public async Task Cleanup_NextPassRetriesAfterFailure()
    {
        // Arrange
        await CreateRecordsAsync(4, TimeSpan.FromSeconds(30));
        await CreateRecordsAsync(1, TimeSpan.FromDays(1));
        _host.Store.FailWrites = true;

        // Act: one pass that fails, then one that works.
        _clock.Advance(Interval);
        var failure = await WaitForEventAsync(_host, CleanupFailed);
        var countAfterFailure = _host.LiteDb.CountInFile();
        _host.Store.FailWrites = false;
        _clock.Advance(Interval);
        var success = await WaitForEventAsync(_host, CleanupDeleted);

        // Assert
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.IsType<IOException>(failure.Exception);
        Assert.Equal(5, countAfterFailure);
        Assert.StartsWith("Deleted 4 expired sessions", success.Message);
        Assert.Equal(1, _host.LiteDb.CountInFile());
    }

    [Fact]
    public async Task Cleanup_ZeroIntervalLogsDisabled()
    {
        var clock = new TimerTrackingClock();
        await using var host = new AppHost(new Dictionary<string, string?> { ["Sessions:CleanupInterval"] = "00:00:00" }, clock: clock);
        _ = host.Address;
        await host.Store.CreateAsync(NewRecord(clock.GetUtcNow(), TimeSpan.FromSeconds(30)));

        var entry = await WaitForEventAsync(host, CleanupDisabled);
        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Empty(clock.TimerPeriods);
        Assert.Equal(1, host.LiteDb.CountInFile());
    }

    /// <summary>Waits for an event of the session layer. ASP.NET Core logs other events under the same ids.</summary>
    private static Task<LogEntry> WaitForEventAsync(AppHost host, int eventId) =>
        host.Log.WaitForAsync(e => e.EventId.Id == eventId && e.Category.StartsWith("WebApp.Sessions", StringComparison.Ordinal));

    private async Task<List<(TestBrowser Browser, string Cookie, string UserId)>> VisitAsync(int count)
    {
        var visitors = new List<(TestBrowser, string, string)>();
        for (var i = 0; i < count; i++)
        {
            var browser = _host.CreateBrowser();
            var userId = await browser.UserIdAsync();
            visitors.Add((browser, browser.SessionCookie!, userId));
        }

        return visitors;
    }

    private async Task<List<SessionRecord>> CreateRecordsAsync(int count, TimeSpan lifetime)
    {
        var records = new List<SessionRecord>();
        for (var i = 0; i < count; i++)
        {
            var record = NewRecord(_clock.GetUtcNow(), lifetime);
            await _host.Store.CreateAsync(record);
            records.Add(record);
        }

        return records;
    }

    private static SessionRecord NewRecord(DateTimeOffset now, TimeSpan lifetime) =>
        new(Storage.TempSessionStore.NewKey(), Storage.TempSessionStore.Data(("userId", "user:1")), now, now, now + lifetime);
}
