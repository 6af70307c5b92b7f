using WebApp.Sessions.Storage;

namespace WebApp.Tests.Infrastructure;

/// <summary>A store that passes calls to a real one, or throws while told to.</summary>
public sealed class FaultyStore(ISessionStore inner) : ISessionStore
{
    public bool FailReads { get; set; }

    public bool FailWrites { get; set; }

    public int Writes { get; private set; }

    public ValueTask<SessionRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailReads, "read");
        return inner.ReadAsync(key, cancellationToken);
    }

    public ValueTask CreateAsync(SessionRecord record, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailWrites, "create");
        Writes++;
        return inner.CreateAsync(record, cancellationToken);
    }

    public ValueTask<SessionRecord?> UpdateAsync(string key, SessionUpdate update, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailWrites, "update");
        Writes++;
        return inner.UpdateAsync(key, update, cancellationToken);
    }

    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailWrites, "delete");
        Writes++;
        return inner.DeleteAsync(key, cancellationToken);
    }

    public ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        ThrowIf(FailWrites, "delete expired");
        return inner.DeleteExpiredAsync(now, batchSize, cancellationToken);
    }

    private static void ThrowIf(bool fail, string operation)
    {
        if (fail)
            throw new IOException($"Injected failure: {operation}.");
    }
}
