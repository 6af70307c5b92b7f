using WebApp.Sessions.Storage.LiteDb;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Storage.LiteDb;

public sealed class GroupCommitSyncTests : IDisposable
{
    private readonly string _folder = TestFolder.Create();

    private string DatabasePath => Path.Combine(_folder, "sessions.db");

    public void Dispose() => TestFolder.Delete(_folder);

    [Fact]
    public async Task WaitingCommits_ShareOneSync()
    {
        File.WriteAllText(DatabasePath, "data");
        var sync = new GroupCommitSync(DatabasePath);
        var commits = Enumerable.Range(0, 100).Select(_ => sync.Committed()).ToList();

        await Task.WhenAll(commits.Select(commit => sync.WaitAsync(commit).AsTask()));

        Assert.Equal(1, sync.SyncCount);
    }

    [Fact]
    public async Task SyncedCommit_NeedsNoSecondSync()
    {
        File.WriteAllText(DatabasePath, "data");
        var sync = new GroupCommitSync(DatabasePath);
        var commit = sync.Committed();
        await sync.WaitAsync(commit);

        await sync.WaitAsync(commit);

        Assert.Equal(1, sync.SyncCount);
    }

    [Fact]
    public async Task LaterCommit_GetsItsOwnSync()
    {
        File.WriteAllText(DatabasePath, "data");
        var sync = new GroupCommitSync(DatabasePath);
        await sync.WaitAsync(sync.Committed());

        await sync.WaitAsync(sync.Committed());

        Assert.Equal(2, sync.SyncCount);
    }

    [Fact]
    public async Task MissingDataFile_FailsTheWrite()
    {
        var sync = new GroupCommitSync(DatabasePath);

        await Assert.ThrowsAsync<FileNotFoundException>(() => sync.WaitAsync(sync.Committed()).AsTask());
    }

    [Fact]
    public async Task FailedSync_NextWaitRetries()
    {
        var sync = new GroupCommitSync(DatabasePath);
        var first = sync.Committed();
        await Assert.ThrowsAsync<FileNotFoundException>(() => sync.WaitAsync(first).AsTask());
        File.WriteAllText(DatabasePath, "data");

        await sync.WaitAsync(first);

        Assert.Equal(2, sync.SyncCount);
    }

    [Fact]
    public async Task StoreWrites_WaitForSync()
    {
        await using var host = new AppHost();
        using var browser = host.CreateBrowser();
        var before = host.LiteDb.SyncCount;

        await browser.GetAsync("/Visits");
        await browser.GetAsync("/Visits");

        Assert.Equal(before + 2, host.LiteDb.SyncCount);
    }
}
