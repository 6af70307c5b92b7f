using WebApp.Sessions.Storage;

namespace WebApp.Tests.Sessions.Storage;

public sealed class LiteDbSessionStoreDeleteExpiredTests : IDisposable
{
    private static readonly TimeSpan ShortLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongLifetime = TimeSpan.FromHours(1);

    private readonly TempSessionStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task DeleteExpired_HonorsBatchSize()
    {
        // Arrange
        await CreateManyAsync(25, ShortLifetime);
        var live = await CreateManyAsync(5, LongLifetime);
        _temp.Clock.Advance(ShortLifetime + TimeSpan.FromSeconds(1));

        // Act
        var batches = new List<int>();
        for (var i = 0; i < 4; i++)
            batches.Add(await _temp.Store.DeleteExpiredAsync(_temp.Now, batchSize: 10));

        // Assert
        Assert.Equal([10, 10, 5, 0], batches);
        Assert.Equal(5, _temp.Store.CountInFile());
        foreach (var record in live)
            Assert.NotNull(await _temp.Store.ReadAsync(record.Key));
    }

    [Fact]
    public async Task DeleteExpired_NothingExpiredReturnsZero()
    {
        await CreateManyAsync(3, LongLifetime);

        var deleted = await _temp.Store.DeleteExpiredAsync(_temp.Now, batchSize: 10);

        Assert.Equal(0, deleted);
        Assert.Equal(3, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task DeleteExpired_EmptyFileReturnsZero()
    {
        var deleted = await _temp.Store.DeleteExpiredAsync(_temp.Now, batchSize: 10);

        Assert.Equal(0, deleted);
    }

    [Fact]
    public async Task DeleteExpired_KeepsRecordNotYetExpired()
    {
        var record = await _temp.CreateAsync(ShortLifetime);
        _temp.Clock.Advance(ShortLifetime - TimeSpan.FromMilliseconds(1));

        var deleted = await _temp.Store.DeleteExpiredAsync(_temp.Now, batchSize: 10);

        Assert.Equal(0, deleted);
        Assert.NotNull(await _temp.Store.ReadAsync(record.Key));
    }

    [Fact]
    public async Task DeleteExpired_UsesGivenTimeNotClock()
    {
        var records = await CreateManyAsync(3, ShortLifetime);

        var deleted = await _temp.Store.DeleteExpiredAsync(_temp.Now + LongLifetime, batchSize: 10);

        Assert.Equal(3, deleted);
        Assert.Null(await _temp.Store.ReadAsync(records[0].Key));
        Assert.Equal(0, _temp.Store.CountInFile());
    }

    [Fact]
    public async Task DeleteExpired_OnlyExpiredRecordsGo()
    {
        var expired = await CreateManyAsync(4, ShortLifetime);
        var live = await CreateManyAsync(4, LongLifetime);
        _temp.Clock.Advance(ShortLifetime + TimeSpan.FromSeconds(1));

        await _temp.Store.DeleteExpiredAsync(_temp.Now, batchSize: 100);

        foreach (var record in expired)
            Assert.Null(_temp.Store.ReadFromFile(record.Key));
        foreach (var record in live)
            Assert.NotNull(_temp.Store.ReadFromFile(record.Key));
    }

    private async Task<List<SessionRecord>> CreateManyAsync(int count, TimeSpan lifetime)
    {
        var records = new List<SessionRecord>();
        for (var i = 0; i < count; i++)
            records.Add(await _temp.CreateAsync(lifetime));
        return records;
    }
}
