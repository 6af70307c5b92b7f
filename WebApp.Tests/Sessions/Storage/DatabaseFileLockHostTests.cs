using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Storage;

/// <summary>A second app started on the database folder of an app that is running.</summary>
public sealed class DatabaseFileLockHostTests : IAsyncLifetime
{
    private readonly AppHost _first = new();
    private AppHost? _second;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // The first host closes its database before either host can delete the shared folder.
        await _first.DisposeAsync();
        if (_second is not null)
            await _second.DisposeAsync();
    }

    [Fact]
    public void SecondHost_SameFolderFailsToStart()
    {
        _ = _first.Address;
        _second = new AppHost(folder: _first.Folder);

        var error = Assert.Throws<InvalidOperationException>(() => _second.Address);

        Assert.Contains(_first.DatabasePath, error.Message);
    }

    [Fact]
    public async Task SecondHost_LeavesFirstServing()
    {
        using var browser = _first.CreateBrowser();
        var userId = await browser.UserIdAsync();
        _second = new AppHost(folder: _first.Folder);

        Assert.Throws<InvalidOperationException>(() => _second.Services);

        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(userId, HtmlAssert.Text(page.Document, "#user-id"));
        Assert.Equal(1, _first.LiteDb.CountInFile());
    }
}
