using WebApp.Sessions.Storage;

namespace WebApp.Tests.Sessions.Cleanup;

/// <summary>
/// A store that passes calls to a real one and records the count that each
/// <see cref="DeleteExpiredAsync"/> call returned. When
/// <see cref="FailOnBatch"/> is set, the call with that number (counting
/// from 1) throws instead.
/// </summary>
internal sealed class BatchRecordingStore(ISessionStore inner) : ISessionStore
{
    private readonly List<int> _batches = [];

    public int? FailOnBatch { get; set; }

    /// <summary>The count each successful DeleteExpiredAsync call returned, in order.</summary>
    public IReadOnlyList<int> Batches => _batches;

    public int Calls { get; private set; }

    public ValueTask<SessionRecord?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(key, cancellationToken);

    public ValueTask CreateAsync(SessionRecord record, CancellationToken cancellationToken = default) =>
        inner.CreateAsync(record, cancellationToken);

    public ValueTask<SessionRecord?> UpdateAsync(string key, SessionUpdate update, CancellationToken cancellationToken = default) =>
        inner.UpdateAsync(key, update, cancellationToken);

    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(key, cancellationToken);

    public async ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (Calls == FailOnBatch)
            throw new IOException($"Injected failure in batch {Calls}.");

        var deleted = await inner.DeleteExpiredAsync(now, batchSize, cancellationToken);
        _batches.Add(deleted);
        return deleted;
    }
}
