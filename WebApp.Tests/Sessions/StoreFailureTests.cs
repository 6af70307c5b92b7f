using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions;

/// <summary>A failing store fails the request visibly and loses nothing that was stored.</summary>
public sealed class StoreFailureTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FailedSave_ShowsErrorAndKeepsCart()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        await browser.GetAsync("/Cart");
        var cart = await browser.GetAsync("/Cart");

        _host.Store.FailWrites = true;
        var post = await browser.SubmitAsync(cart, "form[action*='handler=Add']", new Dictionary<string, string> { ["item"] = "pear" });
        _host.Store.FailWrites = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.Status);
        Assert.Equal("503", HtmlAssert.Text(post.Document, "#error-status"));
        HtmlAssert.Missing(post.Document, "#flash");
        Assert.Null(post.SessionSetCookie);
        var after = await browser.GetAsync("/Cart");
        Assert.Equal(["apple"], HtmlAssert.Items(after.Document, "#cart", "span"));
        HtmlAssert.Missing(after.Document, "#flash");
    }

    [Fact]
    public async Task FailedCreate_SetsNoCookie()
    {
        using var browser = _host.CreateBrowser();
        var cart = await browser.GetAsync("/Cart");

        _host.Store.FailWrites = true;
        var post = await browser.SubmitAsync(cart, "form[action*='handler=Add']", new Dictionary<string, string> { ["item"] = "pear" });
        _host.Store.FailWrites = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.Status);
        Assert.Null(post.SessionSetCookie);
        Assert.Equal(0, _host.LiteDb.CountInFile());
    }

    [Fact]
    public async Task FailedRead_WritesNothingAndKeepsKeys()
    {
        using var browser = _host.CreateBrowser();
        var userId = await browser.UserIdAsync();
        await browser.AddToCartAsync("apple");
        var cart = await browser.GetAsync("/Cart");
        var writes = _host.Store.Writes;

        _host.Store.FailReads = true;
        var post = await browser.SubmitAsync(cart, "form[action*='handler=Add']", new Dictionary<string, string> { ["item"] = "pear" });
        var home = await browser.GetAsync("/");
        _host.Store.FailReads = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.Status);
        Assert.Equal(writes, _host.Store.Writes);
        Assert.Null(post.SessionSetCookie);
        Assert.Equal(userId, await browser.UserIdAsync());
        Assert.Equal(["apple"], await browser.CartAsync());
    }

    [Fact]
    public async Task FailedDestroy_KeepsSessionSignedIn()
    {
        using var browser = _host.CreateBrowser();
        await browser.SignInAsync("alice");
        var logout = await browser.GetAsync("/Logout");

        _host.Store.FailWrites = true;
        var post = await browser.SubmitAsync(logout, "main form");
        _host.Store.FailWrites = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.Status);
        Assert.Null(post.SessionSetCookie);
        var home = await browser.GetAsync("/");
        Assert.Equal("alice", HtmlAssert.Text(home.Document, "#signed-in-as"));
    }

    [Fact]
    public async Task StoreFailure_IsLoggedAsError()
    {
        using var browser = _host.CreateBrowser();
        await browser.UserIdAsync();

        _host.Store.FailReads = true;
        await browser.GetAsync("/");
        _host.Store.FailReads = false;

        var failure = Assert.Single(_host.Log.Events(9));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, failure.Level);
        Assert.IsType<IOException>(failure.Exception);
        Assert.DoesNotContain(browser.SessionCookie!.Split('.')[0], failure.Message);
    }

    [Fact]
    public async Task PagesWithoutSession_WorkWhileStoreFails()
    {
        using var browser = _host.CreateBrowser();
        await browser.UserIdAsync();

        _host.Store.FailReads = true;
        var missing = await browser.GetAsync("/no-such-page");
        var css = await browser.GetAsync("/css/site.css");
        _host.Store.FailReads = false;

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("404", HtmlAssert.Text(missing.Document, "#error-status"));
        Assert.Equal(HttpStatusCode.OK, css.Status);
    }
}
