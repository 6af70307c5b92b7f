using LiteDB;
using Microsoft.Extensions.Options;
using WebApp.Sessions.Options;

namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>
/// Session records in one LiteDB file, opened for the app's lifetime, with
/// a cache of records in front of it.
/// </summary>
/// <remarks>
/// Every database call runs under one lock. LiteDB serializes writes in any
/// case, and running cache misses under the same lock keeps a slow read
/// from putting an older record into the cache after a write replaced it.
/// Cache hits take no lock.
/// </remarks>
internal sealed class LiteDbSessionStore : ISessionStore, IDisposable
{
    /// <summary>The LiteDB collection of session records.</summary>
    public const string CollectionName = "sessions";

    private readonly Lock _lock = new();
    private readonly DatabaseFileLock _fileLock;
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<SessionDocument> _sessions;
    private readonly SessionRecordCache _cache;
    private readonly GroupCommitSync _sync;
    private readonly RenewedKeys _renewed;
    private readonly TimeProvider _time;
    private readonly int _maxSize;

    public LiteDbSessionStore(
        IOptions<ServerSessionOptions> options,
        IHostEnvironment environment,
        TimeProvider time,
        ILogger<LiteDbSessionStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);

        var settings = options.Value;
        DatabasePath = settings.ResolveDatabasePath(environment.ContentRootPath);
        _time = time;
        _maxSize = settings.MaxSize;

        (_fileLock, _database) = LiteDbFile.Open(DatabasePath);
        _sessions = _database.GetCollection<SessionDocument>(CollectionName);
        _sessions.EnsureIndex(x => x.Expires);
        _cache = new SessionRecordCache(settings.CacheSize);
        _sync = new GroupCommitSync(DatabasePath);
        _renewed = new RenewedKeys(time);

        SessionLog.StoreOpened(logger, DatabasePath);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>How many fsync rounds made writes durable so far.</summary>
    internal long SyncCount => _sync.SyncCount;

    public ValueTask<SessionRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var record = _cache.TryGet(key, out var cached) ? cached : ReadThrough(key);
        return ValueTask.FromResult(record is not null && IsLive(record) ? record : null);
    }

    public async ValueTask CreateAsync(SessionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();

        var document = SessionDocument.From(record.Key, SessionData.Serialize(record.Data, _maxSize), record);
        long commit;
        lock (_lock)
        {
            _sessions.Insert(document);
            commit = _sync.Committed();
            _cache.Set(SessionDocument.ToRecord(document, record.Data));
        }

        await _sync.WaitAsync(commit);
    }

    // TODO: every write runs its own LiteDB transaction under the lock, and
    // only the fsync is shared, which caps durable writes well below the
    // rate of reads (see benchmarks/README.md). Applying the writes that
    // wait at one moment in a single transaction would raise that cap.
    public async ValueTask<SessionRecord?> UpdateAsync(string key, SessionUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        cancellationToken.ThrowIfCancellationRequested();

        SessionRecord saved;
        long commit;
        lock (_lock)
        {
            var current = _cache.TryGet(key, out var cached) ? cached : Find(key);
            if (current is null || current.Expires <= update.Now)
                return null;

            var data = SessionData.Merge(current.Data, update.Changes);
            var limit = SizeLimitFor(current, update);
            var created = update.NewKey is null ? current.Created : update.Now;
            var next = new SessionRecord(update.NewKey ?? key, data, created, update.Now, update.Expires);
            var document = SessionDocument.From(next.Key, SessionData.Serialize(data, limit), next);

            Write(key, document);
            commit = _sync.Committed();
            saved = SessionDocument.ToRecord(document, data);
            if (update.NewKey is not null)
            {
                _cache.Remove(key);
                _renewed.Moved(key, update.NewKey);
            }

            _cache.Set(saved);
        }

        await _sync.WaitAsync(commit);
        return saved;
    }

    public async ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        bool deleted;
        long commit;
        lock (_lock)
        {
            // A renewal may have moved the record since the caller loaded it.
            var current = _sessions.FindById(key) is null ? _renewed.CurrentKey(key) ?? key : key;
            _cache.Remove(current);
            deleted = _sessions.Delete(current);
            commit = _sync.Committed();
        }

        await _sync.WaitAsync(commit);
        return deleted;
    }

    // Cleanup does not wait for an fsync: a deletion lost in a crash leaves
    // a record that is expired anyway and is deleted by the next pass.
    public ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var cutoff = now.UtcDateTime;
        lock (_lock)
        {
            var keys = _sessions.Query()
                .Where(x => x.Expires <= cutoff)
                .Select(x => x.Id)
                .Limit(batchSize)
                .ToList();
            if (keys.Count == 0)
                return ValueTask.FromResult(0);

            foreach (var key in keys)
                _cache.Remove(key);
            return ValueTask.FromResult(_sessions.DeleteMany(Query.In("_id", keys.Select(k => new BsonValue(k)))));
        }
    }

    /// <summary>
    /// Reads a record from the file, bypassing the cache and the expiry
    /// check, for diagnostics and tests.
    /// </summary>
    internal SessionRecord? ReadFromFile(string key)
    {
        lock (_lock)
            return Find(key);
    }

    /// <summary>Counts the records in the file, expired ones included.</summary>
    internal int CountInFile()
    {
        lock (_lock)
            return _sessions.Count();
    }

    public void Dispose()
    {
        _database.Dispose();
        _fileLock.Dispose();
        _cache.Dispose();
    }

    // Only an update that stores a value can be too large, and only when it
    // grows the data. Sliding the expiry, removing keys and shrinking values
    // succeed even for a session that a lowered Sessions:MaxSize now puts
    // over the limit, so its owner can still make room.
    private int SizeLimitFor(SessionRecord current, SessionUpdate update)
    {
        if (!update.Changes.Values.Any(value => value is not null))
            return int.MaxValue;

        var currentSize = System.Text.Encoding.UTF8.GetByteCount(SessionData.Serialize(current.Data, int.MaxValue));
        return Math.Max(_maxSize, currentSize);
    }

    private bool IsLive(SessionRecord record) => record.Expires > _time.GetUtcNow();

    private SessionRecord? ReadThrough(string key)
    {
        lock (_lock)
        {
            if (_cache.TryGet(key, out var cached))
                return cached;

            var record = Find(key);
            if (record is not null && IsLive(record))
                _cache.Set(record);
            return record;
        }
    }

    private SessionRecord? Find(string key)
    {
        var document = _sessions.FindById(key);
        return document is null ? null : SessionDocument.ToRecord(document, SessionData.Deserialize(document.Data));
    }

    // A renewal deletes the old key and inserts the new one in one
    // transaction, so a crash leaves either the old session or the new one.
    // After a failed write the cached record may no longer match the file,
    // so it is evicted and the next read goes to the file.
    private void Write(string key, SessionDocument document)
    {
        try
        {
            if (document.Id == key)
            {
                _sessions.Update(document);
                return;
            }

            _database.BeginTrans();
            _sessions.Delete(key);
            _sessions.Insert(document);
            _database.Commit();
        }
        catch
        {
            if (document.Id != key)
                _database.Rollback();
            _cache.Remove(key);
            throw;
        }
    }
}
