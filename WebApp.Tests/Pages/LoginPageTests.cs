using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Pages;

public sealed class LoginPageTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SignIn_RenewsIdAndKeepsCart()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        var anonymous = browser.SessionCookie!;

        var post = await browser.SignInAsync("alice");
        var signedIn = browser.SessionCookie!;
        var home = await browser.OpenAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, post.Status);
        Assert.Equal("/", post.Location?.ToString());
        Assert.NotEqual(anonymous.Split('.')[0], signedIn.Split('.')[0]);
        Assert.Equal("alice", HtmlAssert.Text(home.Document, "#signed-in-as"));
        Assert.Equal(["apple"], await browser.CartAsync());
    }

    [Fact]
    public async Task SignIn_OldIdStopsWorking()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        var anonymous = browser.SessionCookie!;

        await browser.SignInAsync("alice");
        var replay = await browser.GetAsync("/Cart", $"SESSION_ID={anonymous}");

        Assert.Equal(HttpStatusCode.OK, replay.Status);
        Assert.Empty(HtmlAssert.Items(replay.Document, "#cart"));
        HtmlAssert.Missing(replay.Document, "#signed-in-as");
        Assert.Null(_host.ReadStoredRecord(anonymous));
    }

    [Fact]
    public async Task SignIn_ShownOnEveryPage()
    {
        using var browser = _host.CreateBrowser();
        await browser.SignInAsync("alice");

        foreach (var path in new[] { "/", "/Visits", "/Cart", "/Session", "/Login" })
        {
            var page = await browser.GetAsync(path);
            Assert.Equal("alice", HtmlAssert.Text(page.Document, "#signed-in-as"));
        }
    }

    [Fact]
    public async Task SignIn_ShownOnNotFoundPage()
    {
        using var browser = _host.CreateBrowser();
        await browser.SignInAsync("alice");

        var page = await browser.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("alice", HtmlAssert.Text(page.Document, "#signed-in-as"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SignIn_RejectsBlankName(string username)
    {
        using var browser = _host.CreateBrowser();

        var post = await browser.SignInAsync(username);

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        HtmlAssert.Missing(post.Document, "#signed-in-as");
        Assert.Null(browser.SessionCookie);
    }

    [Fact]
    public async Task SignIn_RejectsOverlongName()
    {
        using var browser = _host.CreateBrowser();

        var post = await browser.SignInAsync(new string('a', 101));

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Null(browser.SessionCookie);
    }

    [Fact]
    public async Task SignIn_UnicodeNameRoundTrips()
    {
        using var browser = _host.CreateBrowser();

        await browser.SignInAsync("Zoë 山田 🦊");
        var page = await browser.GetAsync("/");

        Assert.Equal("Zoë 山田 🦊", HtmlAssert.Text(page.Document, "#signed-in-as"));
    }
}
