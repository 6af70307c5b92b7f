using WebApp.Sessions.Storage;
using WebApp.Sessions.Storage.LiteDb;

namespace WebApp.Tests.Sessions.Storage;

public sealed class SessionRecordCacheTests
{
    private static SessionRecord Record(string key, int valueLength) => new(
        key,
        new Dictionary<string, string> { ["cart"] = new string('x', valueLength) },
        DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch.AddHours(1));

    [Fact]
    public void EstimateBytes_CountsTwoBytesPerCharacter()
    {
        var small = SessionRecordCache.EstimateBytes(Record("k", 0));
        var large = SessionRecordCache.EstimateBytes(Record("k", 1000));

        Assert.Equal(2000, large - small);
    }

    [Fact]
    public void Set_RecordOverLimitIsNotCached()
    {
        using var cache = new SessionRecordCache(sizeLimit: 4096);

        cache.Set(Record("small", 100));
        cache.Set(Record("large", 10_000));

        Assert.True(cache.TryGet("small", out _));
        Assert.False(cache.TryGet("large", out _));
    }

    [Fact]
    public void ZeroLimit_CachesNothing()
    {
        using var cache = new SessionRecordCache(sizeLimit: 0);

        cache.Set(Record("small", 1));

        Assert.False(cache.TryGet("small", out _));
    }
}
