using Microsoft.Extensions.Caching.Memory;

namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>
/// Session records kept in memory in front of the database file, up to a
/// total size in bytes. A count alone would let a client that fills many
/// sessions to <c>Sessions:MaxSize</c> use that many times the limit.
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

    // An estimate of what a record costs beyond its strings: the record, the
    // dictionary and its entries, and the cache entry.
    private const int RecordOverhead = 512;

    public SessionRecordCache(long sizeLimit)
    {
        if (sizeLimit > 0)
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimit });
    }

    public bool TryGet(string key, out SessionRecord? record)
    {
        record = null;
        return _cache?.TryGetValue(key, out record) == true;
    }

    public void Set(SessionRecord record) =>
        _cache?.Set(record.Key, record, new MemoryCacheEntryOptions { Size = EstimateBytes(record) });

    /// <summary>Estimates a record's memory: two bytes a UTF-16 character, plus a fixed overhead.</summary>
    internal static long EstimateBytes(SessionRecord record)
    {
        long characters = record.Key.Length;
        foreach (var (key, value) in record.Data)
            characters += key.Length + value.Length;
        return characters * 2 + RecordOverhead;
    }

    public void Remove(string key) => _cache?.Remove(key);

    public void Dispose() => _cache?.Dispose();
}
