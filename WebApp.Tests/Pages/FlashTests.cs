using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Pages;

/// <summary>Flash values are read once, and only a read consumes them.</summary>
public sealed class FlashTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/Visits")]
    [InlineData("/Session")]
    [InlineData("/Login")]
    public async Task OtherPages_LeaveFlashInPlace(string path)
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");

        var other = await browser.GetAsync(path);
        var cart = await browser.GetAsync("/Cart");
        var again = await browser.GetAsync("/Cart");

        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal("Added apple", HtmlAssert.Text(cart.Document, "#flash"));
        HtmlAssert.Missing(again.Document, "#flash");
    }

    [Fact]
    public async Task FlashReadInRedirectingHandler_StaysConsumed()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        var cart = await browser.GetAsync("/Cart");
        await browser.AddToCartAsync("pear");

        // Removing an item redirects; the flash of "pear" is still unread,
        // and the remove handler does not read it.
        var remove = await browser.SubmitAsync(cart, "#cart li:first-child form");
        var flashPage = await browser.GetAsync("/Cart");
        var after = await browser.GetAsync("/Cart");

        Assert.Equal(HttpStatusCode.Redirect, remove.Status);
        Assert.Equal("Added pear", HtmlAssert.Text(flashPage.Document, "#flash"));
        HtmlAssert.Missing(after.Document, "#flash");
    }

    [Fact]
    public async Task SecondFlash_ReplacesFirst()
    {
        using var browser = _host.CreateBrowser();

        await browser.AddToCartAsync("apple");
        await browser.AddToCartAsync("pear");
        var page = await browser.GetAsync("/Cart");

        Assert.Equal("Added pear", HtmlAssert.Text(page.Document, "#flash"));
    }
}
