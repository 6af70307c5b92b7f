using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Pages;

public sealed class IndexPageTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FirstVisit_CookieHoldsOnlySignedId()
    {
        using var browser = _host.CreateBrowser();

        var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var cookie = page.SessionSetCookie!;
        Assert.NotNull(cookie);
        var value = cookie.Value.ToString();
        Assert.Matches("^[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}$", value);
        Assert.True(value.Length <= 128);
        Assert.DoesNotContain("user", value, StringComparison.OrdinalIgnoreCase);
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/", cookie.Path.ToString());
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, cookie.SameSite);
        Assert.False(cookie.Secure);
    }

    [Fact]
    public async Task FirstVisit_StoresUserIdUnderHashedKey()
    {
        using var browser = _host.CreateBrowser();

        var page = await browser.GetAsync("/");

        var userId = HtmlAssert.Text(page.Document, "#user-id");
        Assert.Matches("^user:[A-Za-z0-9_-]+$", userId);
        var record = _host.ReadStoredRecord(page.IssuedSessionCookie);
        Assert.NotNull(record);
        Assert.Equal($"\"{userId}\"", record.Data["userId"]);
        Assert.NotEqual(page.IssuedSessionCookie.Split('.')[0], record.Key);
    }

    [Fact]
    public async Task ReturningVisitor_SeesSameUserId()
    {
        using var browser = _host.CreateBrowser();
        var first = await browser.UserIdAsync();

        var second = await browser.GetAsync("/");

        Assert.Equal(first, HtmlAssert.Text(second.Document, "#user-id"));
        Assert.Null(second.SessionSetCookie);
    }

    [Fact]
    public async Task TwoVisitors_GetDifferentUserIds()
    {
        using var alice = _host.CreateBrowser();
        using var bob = _host.CreateBrowser();

        var aliceId = await alice.UserIdAsync();
        var bobId = await bob.UserIdAsync();

        Assert.NotEqual(aliceId, bobId);
        Assert.NotEqual(alice.SessionCookie, bob.SessionCookie);
    }
}
