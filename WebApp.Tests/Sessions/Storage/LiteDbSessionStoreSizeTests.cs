using WebApp.Sessions.Storage;

namespace WebApp.Tests.Sessions.Storage;

/// <summary>Data over <c>Sessions:MaxSize</c>, which must change nothing.</summary>
public sealed class LiteDbSessionStoreSizeTests : IDisposable
{
    private const int MaxSize = 200;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    private readonly TempSessionStore _temp = new(maxSize: MaxSize);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Create_OverMaxSizeThrowsStoresNothing()
    {
        var record = _temp.NewRecord(Lifetime, TempSessionStore.Data(("blob", new string('x', MaxSize))));

        var error = await Assert.ThrowsAsync<SessionTooLargeException>(async () => await _temp.Store.CreateAsync(record));

        Assert.Equal(MaxSize, error.MaxSize);
        Assert.True(error.Size > MaxSize, $"Size {error.Size} should be over {MaxSize}.");
        Assert.Null(await _temp.Store.ReadAsync(record.Key));
        Assert.Null(_temp.Store.ReadFromFile(record.Key));
        Assert.Equal(0, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task Update_OverMaxSizeThrowsKeepsRecord()
    {
        // Arrange
        var created = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("cart", "apple")));
        await _temp.Store.ReadAsync(created.Key);
        _temp.Clock.Advance(TimeSpan.FromMinutes(1));
        var changes = new Dictionary<string, string?> { ["blob"] = TempSessionStore.Json(new string('x', MaxSize)) };

        // Act
        var error = await Assert.ThrowsAsync<SessionTooLargeException>(
            async () => await _temp.Store.UpdateAsync(created.Key, _temp.Update(changes, Lifetime)));

        // Assert
        Assert.Equal(MaxSize, error.MaxSize);
        var stored = _temp.Store.ReadFromFile(created.Key);
        Assert.NotNull(stored);
        SessionDataAssert.Equal(created.Data, stored.Data);
        Assert.Equal(created.LastUsed, stored.LastUsed);
        Assert.Equal(created.Expires, stored.Expires);

        var read = await _temp.Store.ReadAsync(created.Key);
        Assert.NotNull(read);
        SessionDataAssert.Equal(created.Data, read.Data);
    }

    [Fact]
    public async Task Update_OverMaxSizeRenewalKeepsOldKey()
    {
        var created = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("cart", "apple")));
        var newKey = TempSessionStore.NewKey();
        var changes = new Dictionary<string, string?> { ["blob"] = TempSessionStore.Json(new string('x', MaxSize)) };

        await Assert.ThrowsAsync<SessionTooLargeException>(
            async () => await _temp.Store.UpdateAsync(created.Key, _temp.Update(changes, Lifetime, newKey)));

        Assert.NotNull(await _temp.Store.ReadAsync(created.Key));
        Assert.Null(await _temp.Store.ReadAsync(newKey));
        Assert.Null(_temp.Store.ReadFromFile(newKey));
    }
}
