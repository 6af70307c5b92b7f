using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions;

/// <summary>Data over the limits is rejected and nothing is half-written.</summary>
public sealed class OversizedDataTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(1024 * 1024)]
    [InlineData(17_000_000)]
    public async Task OversizedItem_RejectedAndCartIntact(int length)
    {
        using var browser = _host.CreateBrowser();
        using var other = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        await other.AddToCartAsync("pear");
        await browser.GetAsync("/Cart");
        var stored = _host.ReadStoredRecord(browser.SessionCookie!)!;

        var post = await browser.AddToCartAsync(new string('x', length));

        Assert.Contains(post.Status, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        Assert.Null(post.SessionSetCookie);
        Assert.Equal(stored.Data, _host.ReadStoredRecord(browser.SessionCookie!)!.Data);
        Assert.Equal(["apple"], await browser.CartAsync());
        Assert.Equal(["pear"], await other.CartAsync());
    }

    [Fact]
    public async Task OverMaxSize_Returns413Page()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");

        var post = await browser.AddToCartAsync(new string('x', 70_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.Status);
        Assert.Equal("413", HtmlAssert.Text(post.Document, "#error-status"));
        var warning = Assert.Single(_host.Log.Events(8));
        Assert.Contains("65536", warning.Message);
    }

    [Fact]
    public async Task OverMaxSize_NewSessionGetsNoCookie()
    {
        using var browser = _host.CreateBrowser();

        var post = await browser.AddToCartAsync(new string('x', 70_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.Status);
        Assert.Null(post.SessionSetCookie);
        Assert.Equal(0, _host.LiteDb.CountInFile());
    }
}
