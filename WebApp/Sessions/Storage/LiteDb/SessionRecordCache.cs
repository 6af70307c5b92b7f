using Microsoft.Extensions.Caching.Memory;

namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>
/// Session records kept in memory in front of the database file, up to a
/// fixed count.
/// </summary>
/// <remarks>
/// Safe only because one process owns the file (see
/// <see cref="DatabaseFileLock"/>) and every write goes through
/// <see cref="LiteDbSessionStore"/>, which updates or evicts the entry.
/// Expiry is checked by the store on every read, so an entry never outlives
/// its record's expiry as far as callers can see.
/// </remarks>
internal sealed class SessionRecordCache : IDisposable
{
    private readonly MemoryCache? _cache;

    public SessionRecordCache(int capacity)
    {
        if (capacity > 0)
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity });
    }

    public bool TryGet(string key, out SessionRecord? record)
    {
        record = null;
        return _cache?.TryGetValue(key, out record) == true;
    }

    public void Set(SessionRecord record) =>
        _cache?.Set(record.Key, record, new MemoryCacheEntryOptions { Size = 1 });

    public void Remove(string key) => _cache?.Remove(key);

    public void Dispose() => _cache?.Dispose();
}
