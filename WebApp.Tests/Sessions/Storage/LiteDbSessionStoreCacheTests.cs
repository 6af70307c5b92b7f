namespace WebApp.Tests.Sessions.Storage;

/// <summary>Reads served from the record cache must match the file after every write.</summary>
public sealed class LiteDbSessionStoreCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public async Task Read_AfterUpdateReturnsUpdated(int cacheSize)
    {
        using var temp = new TempSessionStore(cacheSize);
        var created = await temp.CreateAsync(Lifetime, TempSessionStore.Data(("cart", "apple")));
        await temp.Store.ReadAsync(created.Key);

        await temp.Store.UpdateAsync(created.Key, temp.Update(Change("cart", "pear"), Lifetime));
        var read = await temp.Store.ReadAsync(created.Key);

        Assert.NotNull(read);
        SessionDataAssert.Equal(TempSessionStore.Data(("cart", "pear")), read.Data);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public async Task Read_AfterDeleteReturnsNull(int cacheSize)
    {
        using var temp = new TempSessionStore(cacheSize);
        var created = await temp.CreateAsync(Lifetime);
        await temp.Store.ReadAsync(created.Key);

        await temp.Store.DeleteAsync(created.Key);

        Assert.Null(await temp.Store.ReadAsync(created.Key));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public async Task Read_AfterRenewalMissesOldKey(int cacheSize)
    {
        using var temp = new TempSessionStore(cacheSize);
        var created = await temp.CreateAsync(Lifetime);
        await temp.Store.ReadAsync(created.Key);
        var newKey = TempSessionStore.NewKey();

        await temp.Store.UpdateAsync(created.Key, temp.Update(Change("cart", "pear"), Lifetime, newKey));

        Assert.Null(await temp.Store.ReadAsync(created.Key));
        Assert.NotNull(await temp.Store.ReadAsync(newKey));
    }

    [Fact]
    public async Task Read_FullCacheStaysCoherent()
    {
        // Arrange: more records than the cache holds, each read once.
        using var temp = new TempSessionStore(cacheSize: 2);
        var records = new List<WebApp.Sessions.Storage.SessionRecord>();
        for (var i = 0; i < 6; i++)
            records.Add(await temp.CreateAsync(Lifetime, TempSessionStore.Data(("n", $"old{i}"))));
        foreach (var record in records)
            await temp.Store.ReadAsync(record.Key);

        // Act
        for (var i = 0; i < records.Count; i++)
            await temp.Store.UpdateAsync(records[i].Key, temp.Update(Change("n", $"new{i}"), Lifetime));

        // Assert
        for (var i = 0; i < records.Count; i++)
        {
            var read = await temp.Store.ReadAsync(records[i].Key);
            Assert.NotNull(read);
            Assert.Equal(TempSessionStore.Json($"new{i}"), read.Data["n"]);
        }
    }

    [Fact]
    public async Task CacheOff_WholeLifecycleWorks()
    {
        // Arrange
        using var temp = new TempSessionStore(cacheSize: 0);
        var created = await temp.CreateAsync(Lifetime, TempSessionStore.Data(("cart", "apple")));
        var newKey = TempSessionStore.NewKey();

        // Act
        var updated = await temp.Store.UpdateAsync(created.Key, temp.Update(Change("cart", "pear"), Lifetime));
        var renewed = await temp.Store.UpdateAsync(created.Key, temp.Update(Change("user", "alice"), Lifetime, newKey));
        var read = await temp.Store.ReadAsync(newKey);
        var deleted = await temp.Store.DeleteAsync(newKey);

        // Assert
        Assert.NotNull(updated);
        Assert.NotNull(renewed);
        Assert.NotNull(read);
        SessionDataAssert.Equal(TempSessionStore.Data(("cart", "pear"), ("user", "alice")), read.Data);
        Assert.True(deleted);
        Assert.Null(await temp.Store.ReadAsync(newKey));
        Assert.Equal(0, temp.Store.CountInFile());
    }

    private static Dictionary<string, string?> Change(string key, string value) =>
        new(StringComparer.Ordinal) { [key] = TempSessionStore.Json(value) };
}
