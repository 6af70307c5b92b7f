using WebApp.Sessions.Storage;

namespace WebApp.Tests.Sessions.Storage;

public sealed class LiteDbSessionStoreUpdateTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    private readonly TempSessionStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Update_DifferentKeysBothSurvive()
    {
        // Arrange: two requests that both loaded the record before either saved.
        var created = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("userId", "user:1")));
        var first = Changes(("cart", TempSessionStore.Json("apple")));
        var second = Changes(("theme", TempSessionStore.Json("dark")));

        // Act
        await _temp.Store.UpdateAsync(created.Key, _temp.Update(first, Lifetime));
        _temp.Clock.Advance(TimeSpan.FromSeconds(5));
        await _temp.Store.UpdateAsync(created.Key, _temp.Update(second, Lifetime));

        // Assert
        var expected = TempSessionStore.Data(("userId", "user:1"), ("cart", "apple"), ("theme", "dark"));
        SessionDataAssert.Equal(expected, (await _temp.Store.ReadAsync(created.Key))!.Data);
        SessionDataAssert.Equal(expected, _temp.Store.ReadFromFile(created.Key)!.Data);
    }

    [Fact]
    public async Task Update_NullChangeRemovesKey()
    {
        var created = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("userId", "user:1"), ("cart", "apple")));

        var updated = await _temp.Store.UpdateAsync(created.Key, _temp.Update(Changes(("cart", null)), Lifetime));

        Assert.NotNull(updated);
        SessionDataAssert.Equal(TempSessionStore.Data(("userId", "user:1")), updated.Data);
        SessionDataAssert.Equal(TempSessionStore.Data(("userId", "user:1")), _temp.Store.ReadFromFile(created.Key)!.Data);
    }

    [Fact]
    public async Task Update_RemovingMissingKeyIsNoOp()
    {
        var created = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("userId", "user:1")));

        var updated = await _temp.Store.UpdateAsync(created.Key, _temp.Update(Changes(("cart", null)), Lifetime));

        Assert.NotNull(updated);
        SessionDataAssert.Equal(created.Data, updated.Data);
    }

    [Fact]
    public async Task Update_SetsTimesKeepsCreated()
    {
        var created = await _temp.CreateAsync(Lifetime);
        _temp.Clock.Advance(TimeSpan.FromMinutes(3));
        var update = _temp.Update(Changes(("cart", TempSessionStore.Json("apple"))), Lifetime);

        var updated = await _temp.Store.UpdateAsync(created.Key, update);

        Assert.NotNull(updated);
        Assert.Equal(created.Key, updated.Key);
        Assert.Equal(created.Created, updated.Created);
        Assert.Equal(update.Now, updated.LastUsed);
        Assert.Equal(update.Expires, updated.Expires);
        Assert.Equal(update.Expires, _temp.Store.ReadFromFile(created.Key)!.Expires);
    }

    [Fact]
    public async Task Update_MissingKeyReturnsNull()
    {
        var key = TempSessionStore.NewKey();

        var updated = await _temp.Store.UpdateAsync(key, _temp.Update(Changes(("cart", TempSessionStore.Json("apple"))), Lifetime));

        Assert.Null(updated);
        Assert.Null(_temp.Store.ReadFromFile(key));
        Assert.Equal(0, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task Update_NewKeyMovesRecord()
    {
        // Arrange
        var created = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("cart", "apple")));
        _temp.Clock.Advance(TimeSpan.FromMinutes(3));
        var newKey = TempSessionStore.NewKey();
        var update = _temp.Update(Changes(("userName", TempSessionStore.Json("alice"))), Lifetime, newKey);

        // Act
        var updated = await _temp.Store.UpdateAsync(created.Key, update);

        // Assert
        var expected = TempSessionStore.Data(("cart", "apple"), ("userName", "alice"));
        Assert.NotNull(updated);
        Assert.Equal(newKey, updated.Key);
        Assert.Equal(update.Now, updated.Created);
        SessionDataAssert.Equal(expected, updated.Data);
        Assert.Null(await _temp.Store.ReadAsync(created.Key));
        Assert.Null(_temp.Store.ReadFromFile(created.Key));

        var moved = await _temp.Store.ReadAsync(newKey);
        Assert.NotNull(moved);
        Assert.Equal(update.Now, moved.Created);
        SessionDataAssert.Equal(expected, moved.Data);
        Assert.Equal(1, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task Update_TakenNewKeyKeepsBoth()
    {
        // Arrange: a renewal whose new key collides, so the insert fails
        // after the delete of the old key inside the same transaction.
        var renewed = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("owner", "renewed")));
        var other = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("owner", "other")));
        var update = _temp.Update(Changes(("cart", TempSessionStore.Json("apple"))), Lifetime, other.Key);

        // Act
        await Assert.ThrowsAnyAsync<Exception>(async () => await _temp.Store.UpdateAsync(renewed.Key, update));

        // Assert
        SessionDataAssert.Equal(renewed.Data, (await _temp.Store.ReadAsync(renewed.Key))!.Data);
        SessionDataAssert.Equal(renewed.Data, _temp.Store.ReadFromFile(renewed.Key)!.Data);
        SessionDataAssert.Equal(other.Data, _temp.Store.ReadFromFile(other.Key)!.Data);
        Assert.Equal(2, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task Update_ParallelKeysAllSurvive()
    {
        var created = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("userId", "user:1")));
        var names = Enumerable.Range(0, 50).Select(i => $"item{i}").ToList();

        await Task.WhenAll(names.Select(name => Task.Run(async () =>
            await _temp.Store.UpdateAsync(created.Key, _temp.Update(Changes((name, TempSessionStore.Json(name))), Lifetime)))));

        var stored = _temp.Store.ReadFromFile(created.Key)!.Data;
        var missing = names.Where(name => !stored.ContainsKey(name));
        Assert.Empty(missing);
        Assert.Equal(names.Count + 1, stored.Count);
    }

    private static Dictionary<string, string?> Changes(params (string Key, string? Value)[] changes) =>
        changes.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
}
