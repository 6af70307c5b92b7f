using WebApp.Sessions.Storage;

namespace WebApp.Tests.Infrastructure;

/// <summary>A store that passes calls to a real one, or throws while a fault switch is on.</summary>
public sealed class FaultyStore(ISessionStore inner) : ISessionStore
{
    private readonly Lock _gateLock = new();
    private TaskCompletionSource? _gate;
    private int _waiting;
    private int _gateSize;

    private TaskCompletionSource? _updateDone;

    public bool FailReads { get; set; }

    public bool FailWrites { get; set; }

    public int Writes { get; private set; }

    /// <summary>
    /// Holds each of the next <paramref name="count"/> reads, after it read
    /// the record, until all of them have, so that that many requests load
    /// the same state before any of them saves.
    /// </summary>
    public void GateReads(int count)
    {
        lock (_gateLock)
        {
            _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting = 0;
            _gateSize = count;
        }
    }

    public async ValueTask<SessionRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailReads, "read");
        var record = await inner.ReadAsync(key, cancellationToken);
        await PassGateAsync();
        return record;
    }

    public ValueTask CreateAsync(SessionRecord record, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailWrites, "create");
        Writes++;
        return inner.CreateAsync(record, cancellationToken);
    }

    /// <summary>Holds the next delete until an update has finished, to force that order in a race.</summary>
    public void HoldDeleteUntilUpdate() =>
        _updateDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask<SessionRecord?> UpdateAsync(string key, SessionUpdate update, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailWrites, "update");
        Writes++;
        var record = await inner.UpdateAsync(key, update, cancellationToken);
        Interlocked.Exchange(ref _updateDone, null)?.TrySetResult();
        return record;
    }

    public async ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailWrites, "delete");
        Writes++;
        if (Volatile.Read(ref _updateDone) is { } updateDone)
            await updateDone.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return await inner.DeleteAsync(key, cancellationToken);
    }

    public ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailWrites, "delete expired");
        return inner.DeleteExpiredAsync(now, batchSize, cancellationToken);
    }

    private async Task PassGateAsync()
    {
        Task? wait = null;
        lock (_gateLock)
        {
            if (_gate is not null)
            {
                wait = _gate.Task;
                if (++_waiting == _gateSize)
                {
                    _gate.SetResult();
                    _gate = null;
                }
            }
        }

        if (wait is not null)
            await wait.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static void ThrowIf(bool fail, string operation)
    {
        if (fail)
            throw new IOException($"Injected failure: {operation}.");
    }
}
