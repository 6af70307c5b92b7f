using WebApp.Sessions.Storage.LiteDb;

namespace WebApp.Tests.Sessions.Storage;

/// <summary>One open store per database file, within a process and across hosts.</summary>
public sealed class DatabaseFileLockTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    private readonly TempSessionStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void SecondStore_ThrowsNamingDatabasePath()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => TempSessionStore.Open(_temp.Options, _temp.Folder, _temp.Clock));

        Assert.Contains(_temp.DatabasePath, error.Message);
    }

    [Fact]
    public void Acquire_WhileStoreOpenThrowsNamingPath()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseFileLock.Acquire(_temp.DatabasePath));

        Assert.Contains(_temp.DatabasePath, error.Message);
    }

    [Fact]
    public async Task SecondStore_LeavesFirstWorking()
    {
        Assert.Throws<InvalidOperationException>(() => TempSessionStore.Open(_temp.Options, _temp.Folder, _temp.Clock));

        var created = await _temp.CreateAsync(Lifetime);

        Assert.NotNull(await _temp.Store.ReadAsync(created.Key));
    }

    [Fact]
    public void Acquire_AfterStoreDisposedSucceeds()
    {
        _temp.Store.Dispose();

        using var fileLock = DatabaseFileLock.Acquire(_temp.DatabasePath);

        Assert.NotNull(fileLock);
    }

    [Fact]
    public async Task SecondStore_AfterFirstDisposedOpens()
    {
        var created = await _temp.CreateAsync(Lifetime);

        _temp.Reopen();

        Assert.NotNull(await _temp.Store.ReadAsync(created.Key));
    }

    [Fact]
    public void Acquire_SecondLockOnSamePathThrows()
    {
        var path = Path.Combine(_temp.Folder, "other.db");
        using var first = DatabaseFileLock.Acquire(path);

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseFileLock.Acquire(path));

        Assert.Contains(path, error.Message);
    }
}
