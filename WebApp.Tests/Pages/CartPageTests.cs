using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Pages;

public sealed class CartPageTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EmptyCart_SetsNoCookieAndStoresNothing()
    {
        using var browser = _host.CreateBrowser();

        var page = await browser.GetAsync("/Cart");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(HtmlAssert.Items(page.Document, "#cart"));
        Assert.Null(page.SessionSetCookie);
        Assert.Equal(0, _host.LiteDb.CountInFile());
    }

    [Fact]
    public async Task Add_RedirectsAndFlashesOnce()
    {
        using var browser = _host.CreateBrowser();

        var post = await browser.AddToCartAsync("apple");
        var first = await browser.GetAsync("/Cart");
        var second = await browser.GetAsync("/Cart");

        Assert.Equal(HttpStatusCode.Redirect, post.Status);
        Assert.Equal("/Cart", post.Location?.ToString());
        Assert.Equal("Added apple", HtmlAssert.Text(first.Document, "#flash"));
        Assert.Equal(["apple"], HtmlAssert.Items(first.Document, "#cart", "span"));
        HtmlAssert.Missing(second.Document, "#flash");
        Assert.Equal(["apple"], HtmlAssert.Items(second.Document, "#cart", "span"));
    }

    [Fact]
    public async Task Cart_KeepsItemsAcrossRequests()
    {
        using var browser = _host.CreateBrowser();

        await browser.AddToCartAsync("apple");
        await browser.AddToCartAsync("pear");
        await browser.AddToCartAsync("apple");

        Assert.Equal(["apple", "pear", "apple"], await browser.CartAsync());
    }

    [Fact]
    public async Task Remove_DropsOneItem()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        await browser.AddToCartAsync("pear");
        var cart = await browser.GetAsync("/Cart");

        var post = await browser.SubmitAsync(cart, "#cart li:first-child form");

        Assert.Equal(HttpStatusCode.Redirect, post.Status);
        Assert.Equal(["pear"], await browser.CartAsync());
    }

    [Fact]
    public async Task Add_EmptyItemIsBadRequest()
    {
        using var browser = _host.CreateBrowser();

        var post = await browser.AddToCartAsync("   ");

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal("Enter an item of 1 to 200 characters.", HtmlAssert.Text(post.Document, "#error"));
        Assert.Empty(await browser.CartAsync());
    }

    [Fact]
    public async Task Add_OverlongItemIsBadRequest()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");

        var post = await browser.AddToCartAsync(new string('x', 201));

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(["apple"], await browser.CartAsync());
    }

    [Fact]
    public async Task Add_WithoutAntiforgeryTokenIsRejected()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");

        var post = await browser.PostAsync("/Cart?handler=Add", [new("item", "forged")]);

        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Equal(["apple"], await browser.CartAsync());
    }

    [Theory]
    [InlineData("Äpfel 🍎")]
    [InlineData("e\u0301\u0301 \u202Eevil\u202C")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("מַחְבֶּרֶת \uFEFF ﷽")]
    [InlineData("\"quoted\" \\ back\\slash")]
    public async Task Add_UnicodeItemRoundTripsExactly(string item)
    {
        using var browser = _host.CreateBrowser();

        await browser.AddToCartAsync(item);
        var page = await browser.GetAsync("/Cart");

        Assert.Equal([item], HtmlAssert.Items(page.Document, "#cart", "span"));
        Assert.Equal($"Added {item}", HtmlAssert.Text(page.Document, "#flash"));
        HtmlAssert.Missing(page.Document, "script");
    }

    [Fact]
    public async Task Session_ShowsCartAndFlashWithoutConsumingFlash()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");

        var session = await browser.GetAsync("/Session");
        var cart = await browser.GetAsync("/Cart");

        Assert.Equal(["__flash_message__", "cart"], HtmlAssert.Items(session.Document, "#session-keys", "code.key"));
        Assert.Equal("Added apple", HtmlAssert.Text(cart.Document, "#flash"));
    }
}
