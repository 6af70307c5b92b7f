using Microsoft.Extensions.Logging;
using WebApp.Sessions.Cleanup;
using WebApp.Sessions.Options;
using WebApp.Tests.Infrastructure;
using WebApp.Tests.Sessions.Storage;
using MicrosoftOptions = Microsoft.Extensions.Options.Options;

namespace WebApp.Tests.Sessions.Cleanup;

/// <summary>One cleanup pass, called directly on a real store.</summary>
public sealed class ExpiredSessionCleanupSweepTests : IDisposable
{
    private const int BatchSize = 10;
    private static readonly TimeSpan ShortLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongLifetime = TimeSpan.FromDays(1);

    private readonly TempSessionStore _temp = new();
    private readonly BatchRecordingStore _store;
    private readonly TestLog _log = new();
    private readonly ILoggerFactory _loggers;
    private readonly ExpiredSessionCleanupService _service;

    public ExpiredSessionCleanupSweepTests()
    {
        _store = new BatchRecordingStore(_temp.Store);
        _loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(_log));
        var options = new ServerSessionOptions { CleanupInterval = TimeSpan.FromMinutes(1), CleanupBatchSize = BatchSize };
        _service = new ExpiredSessionCleanupService(
            _store,
            MicrosoftOptions.Create(options),
            _temp.Clock,
            _loggers.CreateLogger<ExpiredSessionCleanupService>());
    }

    public void Dispose()
    {
        _service.Dispose();
        _loggers.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Sweep_LoopsUntilShortBatch()
    {
        await CreateManyAsync(25, ShortLifetime);
        await CreateManyAsync(5, LongLifetime);
        _temp.Clock.Advance(ShortLifetime + TimeSpan.FromSeconds(1));

        var deleted = await _service.SweepAsync(CancellationToken.None);

        Assert.Equal(25, deleted);
        Assert.Equal([10, 10, 5], _store.Batches);
        Assert.Equal(5, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task Sweep_ExactMultipleEndsOnEmptyBatch()
    {
        await CreateManyAsync(20, ShortLifetime);
        _temp.Clock.Advance(ShortLifetime + TimeSpan.FromSeconds(1));

        var deleted = await _service.SweepAsync(CancellationToken.None);

        Assert.Equal(20, deleted);
        Assert.Equal([10, 10, 0], _store.Batches);
        Assert.Equal(0, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task Sweep_LogsDeletedCount()
    {
        await CreateManyAsync(12, ShortLifetime);
        _temp.Clock.Advance(ShortLifetime + TimeSpan.FromSeconds(1));

        await _service.SweepAsync(CancellationToken.None);

        var entry = Assert.Single(_log.Events(13));
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.StartsWith("Deleted 12 expired sessions", entry.Message);
    }

    [Fact]
    public async Task Sweep_NothingExpiredLogsDebug()
    {
        await CreateManyAsync(3, LongLifetime);

        var deleted = await _service.SweepAsync(CancellationToken.None);

        Assert.Equal(0, deleted);
        Assert.Equal(LogLevel.Debug, Assert.Single(_log.Events(14)).Level);
        Assert.Empty(_log.Events(13));
    }

    [Fact]
    public async Task Sweep_FailureReturnsCountSoFar()
    {
        // Arrange: the second batch fails.
        await CreateManyAsync(25, ShortLifetime);
        await CreateManyAsync(5, LongLifetime);
        _temp.Clock.Advance(ShortLifetime + TimeSpan.FromSeconds(1));
        _store.FailOnBatch = 2;

        // Act
        var deleted = await _service.SweepAsync(CancellationToken.None);

        // Assert
        Assert.Equal(10, deleted);
        Assert.Equal(20, _temp.Store.CountInFile());
        var entry = Assert.Single(_log.Events(15));
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<IOException>(entry.Exception);
        Assert.Contains("after deleting 10 sessions", entry.Message);
        Assert.Empty(_log.Events(13));
    }

    [Fact]
    public async Task Sweep_AfterFailureNextPassFinishes()
    {
        await CreateManyAsync(25, ShortLifetime);
        _temp.Clock.Advance(ShortLifetime + TimeSpan.FromSeconds(1));
        _store.FailOnBatch = 2;
        await _service.SweepAsync(CancellationToken.None);

        var deleted = await _service.SweepAsync(CancellationToken.None);

        Assert.Equal(15, deleted);
        Assert.Equal(0, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task Sweep_CancelledThrowsWithoutErrorLog()
    {
        await CreateManyAsync(3, ShortLifetime);
        _temp.Clock.Advance(ShortLifetime + TimeSpan.FromSeconds(1));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _service.SweepAsync(cancelled.Token));

        Assert.Empty(_log.Events(15));
        Assert.Equal(3, _temp.Store.CountInFile());
    }

    private async Task CreateManyAsync(int count, TimeSpan lifetime)
    {
        for (var i = 0; i < count; i++)
            await _temp.CreateAsync(lifetime);
    }
}
