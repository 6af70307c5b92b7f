using System.Net;
using System.Text.Json;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Hosting;

/// <summary>Changes are committed whatever the handler returns, and while the page renders.</summary>
public sealed class SessionCommitFilterTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task JsonResult_ConsumedFlashStaysConsumed()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");

        var json = await browser.GetAsync("/Cart?handler=Json");
        var page = await browser.GetAsync("/Cart");

        Assert.Equal(HttpStatusCode.OK, json.Status);
        using var document = JsonDocument.Parse(json.Body);
        Assert.Equal("Added apple", document.RootElement.GetProperty("message").GetString());
        HtmlAssert.Missing(page.Document, "#flash");
    }

    [Fact]
    public async Task FileResult_ConsumedFlashStaysConsumed()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        await browser.AddToCartAsync("pear");

        var file = await browser.GetAsync("/Cart?handler=Download");
        var page = await browser.GetAsync("/Cart");

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal("apple\npear", file.Body);
        HtmlAssert.Missing(page.Document, "#flash");
    }

    [Fact]
    public async Task NoContentResult_ConsumedFlashStaysConsumed()
    {
        using var browser = _host.CreateBrowser();

        // The cart page's view consumes the flash, so the dismiss form is
        // taken from a cart page rendered before the item was added.
        var before = await browser.GetAsync("/Cart");
        await browser.AddToCartAsync("apple");
        var dismiss = await browser.SubmitAsync(before, "#dismiss");
        var page = await browser.GetAsync("/Cart");

        Assert.Equal(HttpStatusCode.NoContent, dismiss.Status);
        HtmlAssert.Missing(page.Document, "#flash");
        Assert.Equal(["apple"], HtmlAssert.Items(page.Document, "#cart", "span"));
    }

    [Fact]
    public async Task ReadWhileRendering_IsCommitted()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");

        // The cart page reads its flash in the view, after the handler ran.
        var first = await browser.GetAsync("/Cart");
        var stored = _host.ReadStoredRecord(browser.SessionCookie!)!;

        Assert.Equal("Added apple", HtmlAssert.Text(first.Document, "#flash"));
        Assert.False(stored.Data.ContainsKey("__flash_message__"));
    }

    [Fact]
    public async Task FailedCommitAfterRendering_SendsNoPage()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");

        _host.Store.FailWrites = true;
        var page = await browser.GetAsync("/Cart");
        _host.Store.FailWrites = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        HtmlAssert.Missing(page.Document, "#flash");
        HtmlAssert.Missing(page.Document, "#cart");
        var retry = await browser.GetAsync("/Cart");
        Assert.Equal("Added apple", HtmlAssert.Text(retry.Document, "#flash"));
    }
}
