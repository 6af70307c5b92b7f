using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Pages;

public sealed class LogoutPageTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SignOut_DeletesRecordAndCookie()
    {
        using var browser = _host.CreateBrowser();
        await browser.SignInAsync("alice");
        var cookie = browser.SessionCookie!;

        var post = await browser.SignOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, post.Status);
        Assert.Equal("/", post.Location?.ToString());
        var expired = post.SessionSetCookie!;
        Assert.NotNull(expired);
        Assert.Equal(TimeSpan.Zero, expired.MaxAge);
        Assert.True(expired.Expires < DateTimeOffset.UtcNow);
        Assert.Null(browser.SessionCookie);
        Assert.Null(_host.ReadStoredRecord(cookie));
    }

    [Fact]
    public async Task SignOut_ReplayInSameSecondIsAnonymous()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        await browser.SignInAsync("alice");
        var cookie = browser.SessionCookie!;

        await browser.SignOutAsync();
        var replay = await browser.GetAsync("/Cart", $"SESSION_ID={cookie}");

        Assert.Equal(HttpStatusCode.OK, replay.Status);
        HtmlAssert.Missing(replay.Document, "#signed-in-as");
        Assert.Empty(HtmlAssert.Items(replay.Document, "#cart"));
        Assert.Null(replay.SessionSetCookie);
        Assert.Equal(0, _host.LiteDb.CountInFile());
    }

    [Fact]
    public async Task SignOut_WithoutSessionExpiresCookieOnly()
    {
        using var browser = _host.CreateBrowser();

        var post = await browser.SignOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, post.Status);
        Assert.Equal(TimeSpan.Zero, post.SessionSetCookie?.MaxAge);
        Assert.Equal(0, _host.LiteDb.CountInFile());
    }
}
