using WebApp.Sessions.Storage;

namespace WebApp.Tests.Sessions.Storage;

public sealed class LiteDbSessionStoreTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    private readonly TempSessionStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task Create_ThenReadReturnsData(int cacheSize)
    {
        using var temp = new TempSessionStore(cacheSize);
        var data = TempSessionStore.Data(("userId", "user:42"), ("theme", "dark"));

        var created = await temp.CreateAsync(Lifetime, data);
        var read = await temp.Store.ReadAsync(created.Key);

        Assert.NotNull(read);
        Assert.Equal(created.Key, read.Key);
        SessionDataAssert.Equal(data, read.Data);
        Assert.Equal(created.Created, read.Created);
        Assert.Equal(created.LastUsed, read.LastUsed);
        Assert.Equal(created.Expires, read.Expires);
    }

    [Fact]
    public async Task Create_WritesRecordToFile()
    {
        var created = await _temp.CreateAsync(Lifetime);

        var stored = _temp.Store.ReadFromFile(created.Key);

        Assert.NotNull(stored);
        SessionDataAssert.Equal(created.Data, stored.Data);
        Assert.Equal(1, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task Read_MissingKeyReturnsNull()
    {
        await _temp.CreateAsync(Lifetime);

        var read = await _temp.Store.ReadAsync(TempSessionStore.NewKey());

        Assert.Null(read);
    }

    [Fact]
    public async Task Create_TakenKeyThrowsAndKeepsRecord()
    {
        // Arrange
        var first = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("owner", "first")));
        var second = first with { Data = TempSessionStore.Data(("owner", "second")) };

        // Act
        await Assert.ThrowsAnyAsync<Exception>(async () => await _temp.Store.CreateAsync(second));

        // Assert
        var read = await _temp.Store.ReadAsync(first.Key);
        Assert.NotNull(read);
        SessionDataAssert.Equal(first.Data, read.Data);
        SessionDataAssert.Equal(first.Data, _temp.Store.ReadFromFile(first.Key)!.Data);
    }

    [Fact]
    public async Task Delete_ExistingThenMissing()
    {
        var created = await _temp.CreateAsync(Lifetime);

        var first = await _temp.Store.DeleteAsync(created.Key);
        var second = await _temp.Store.DeleteAsync(created.Key);

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await _temp.Store.ReadAsync(created.Key));
        Assert.Null(_temp.Store.ReadFromFile(created.Key));
    }

    [Fact]
    public async Task Delete_NeverStoredKeyReturnsFalse()
    {
        var other = await _temp.CreateAsync(Lifetime);

        var deleted = await _temp.Store.DeleteAsync(TempSessionStore.NewKey());

        Assert.False(deleted);
        Assert.NotNull(await _temp.Store.ReadAsync(other.Key));
    }

    [Fact]
    public async Task Delete_LeavesOtherRecords()
    {
        var deleted = await _temp.CreateAsync(Lifetime);
        var other = await _temp.CreateAsync(Lifetime);

        await _temp.Store.DeleteAsync(deleted.Key);

        Assert.NotNull(await _temp.Store.ReadAsync(other.Key));
        Assert.Equal(1, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task CancelledToken_ThrowsBeforeWriting()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var record = _temp.NewRecord(Lifetime);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _temp.Store.CreateAsync(record, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _temp.Store.ReadAsync(record.Key, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _temp.Store.DeleteExpiredAsync(_temp.Now, 10, cancelled.Token));

        Assert.Equal(0, _temp.Store.CountInFile());
    }
}
