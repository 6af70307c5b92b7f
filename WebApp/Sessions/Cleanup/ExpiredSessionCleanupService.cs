using Microsoft.Extensions.Options;
using WebApp.Sessions.Options;
using WebApp.Sessions.Storage;

namespace WebApp.Sessions.Cleanup;

/// <summary>
/// Deletes expired session records every <c>Sessions:CleanupInterval</c>,
/// in batches of <c>Sessions:CleanupBatchSize</c> through the store's
/// expiry index. Expired records are never served in any case; cleanup
/// only gives back their space.
/// </summary>
internal sealed class ExpiredSessionCleanupService(
    ISessionStore store,
    IOptions<ServerSessionOptions> options,
    TimeProvider time,
    ILogger<ExpiredSessionCleanupService> logger) : BackgroundService
{
    private readonly TimeSpan _interval = options.Value.CleanupInterval;
    private readonly int _batchSize = options.Value.CleanupBatchSize;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_interval == TimeSpan.Zero)
        {
            SessionLog.CleanupDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(_interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await SweepAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the batch in progress finished or rolled back.
        }
    }

    /// <summary>
    /// Runs one pass and returns how many records it deleted. A failed pass
    /// is logged and the next one runs on schedule.
    /// </summary>
    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var deleted = 0;
        try
        {
            int batch;
            do
            {
                batch = await store.DeleteExpiredAsync(time.GetUtcNow(), _batchSize, cancellationToken);
                deleted += batch;
            }
            while (batch == _batchSize);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SessionLog.CleanupFailed(logger, exception, deleted, _interval);
            return deleted;
        }

        if (deleted == 0)
            SessionLog.CleanupFoundNothing(logger);
        else
            SessionLog.CleanupDeleted(logger, deleted, (long)time.GetElapsedTime(started).TotalMilliseconds);
        return deleted;
    }
}
