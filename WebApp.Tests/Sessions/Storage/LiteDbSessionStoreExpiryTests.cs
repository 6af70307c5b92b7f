namespace WebApp.Tests.Sessions.Storage;

/// <summary>Expired records before any cleanup has deleted them.</summary>
public sealed class LiteDbSessionStoreExpiryTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task Read_ExpiredRecordReturnsNull(int cacheSize)
    {
        using var temp = new TempSessionStore(cacheSize);
        var created = await temp.CreateAsync(Lifetime);
        await temp.Store.ReadAsync(created.Key);

        temp.Clock.Advance(Lifetime + TimeSpan.FromSeconds(1));
        var read = await temp.Store.ReadAsync(created.Key);

        Assert.Null(read);
        Assert.NotNull(temp.Store.ReadFromFile(created.Key));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task Read_AtExpiresReturnsNull(int cacheSize)
    {
        using var temp = new TempSessionStore(cacheSize);
        var created = await temp.CreateAsync(Lifetime);

        temp.Clock.Advance(Lifetime);

        Assert.Null(await temp.Store.ReadAsync(created.Key));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task Read_JustBeforeExpiresReturnsRecord(int cacheSize)
    {
        using var temp = new TempSessionStore(cacheSize);
        var created = await temp.CreateAsync(Lifetime);

        temp.Clock.Advance(Lifetime - TimeSpan.FromMilliseconds(1));

        Assert.NotNull(await temp.Store.ReadAsync(created.Key));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task Update_ExpiredReturnsNullWritesNothing(int cacheSize)
    {
        // Arrange
        using var temp = new TempSessionStore(cacheSize);
        var created = await temp.CreateAsync(Lifetime);
        temp.Clock.Advance(Lifetime + TimeSpan.FromSeconds(1));
        var update = temp.Update(new Dictionary<string, string?> { ["cart"] = TempSessionStore.Json("apple") }, TimeSpan.FromMinutes(20));

        // Act
        var updated = await temp.Store.UpdateAsync(created.Key, update);

        // Assert
        Assert.Null(updated);
        var stored = temp.Store.ReadFromFile(created.Key);
        Assert.NotNull(stored);
        Assert.Equal(created.Expires, stored.Expires);
        Assert.Equal(created.LastUsed, stored.LastUsed);
        SessionDataAssert.Equal(created.Data, stored.Data);
        Assert.Null(await temp.Store.ReadAsync(created.Key));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task Update_ExpiredRenewalKeepsOldKeyOnly(int cacheSize)
    {
        using var temp = new TempSessionStore(cacheSize);
        var created = await temp.CreateAsync(Lifetime);
        temp.Clock.Advance(Lifetime + TimeSpan.FromSeconds(1));
        var newKey = TempSessionStore.NewKey();

        var updated = await temp.Store.UpdateAsync(created.Key, temp.Update(new Dictionary<string, string?>(), Lifetime, newKey));

        Assert.Null(updated);
        Assert.Null(temp.Store.ReadFromFile(newKey));
        Assert.NotNull(temp.Store.ReadFromFile(created.Key));
    }
}
