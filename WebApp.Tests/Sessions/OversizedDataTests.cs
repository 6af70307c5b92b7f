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
        await using var host = new AppHost(new Dictionary<string, string?> { ["Sessions:MaxSize"] = "1024" });
        using var browser = host.CreateBrowser();
        var item = new string('x', 200);
        await browser.AddToCartAsync(item);
        await browser.GetAsync("/Cart");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6 && !statuses.Contains(HttpStatusCode.RequestEntityTooLarge); i++)
            statuses.Add((await browser.AddToCartAsync(item)).Status);
        var rejected = await browser.AddToCartAsync(item);

        Assert.Contains(HttpStatusCode.RequestEntityTooLarge, statuses);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, rejected.Status);
        Assert.Equal("413", HtmlAssert.Text(rejected.Document, "#error-status"));
        Assert.Equal(statuses.Count, (await browser.CartAsync()).Count);
        var warning = host.Log.Events(8)[^1];
        Assert.Contains("1024", warning.Message);
    }

    [Fact]
    public async Task OverMaxSize_NewSessionGetsNoCookie()
    {
        await using var host = new AppHost(new Dictionary<string, string?> { ["Sessions:MaxSize"] = "100" });
        using var browser = host.CreateBrowser();

        var post = await browser.AddToCartAsync(new string('x', 200));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.Status);
        Assert.Null(post.SessionSetCookie);
        Assert.Equal(0, host.LiteDb.CountInFile());
    }

    [Fact]
    public async Task LoweredMaxSize_ReadOnlyPagesStillWork()
    {
        var folder = TestFolder.Create();
        try
        {
            string cookie;
            await using (var first = new AppHost(folder: folder))
            {
                using var browser = first.CreateBrowser();
                await browser.AddToCartAsync(new string('x', 200));
                await browser.AddToCartAsync(new string('y', 200));
                cookie = browser.SessionCookie!;
            }

            var settings = new Dictionary<string, string?> { ["Sessions:MaxSize"] = "100" };
            await using var second = new AppHost(settings, folder);
            using var returning = second.CreateBrowser();
            returning.SetSessionCookie(cookie);
            second.Clock.Advance(TimeSpan.FromMinutes(5));

            var session = await returning.GetAsync("/Session");
            var cart = await returning.GetAsync("/Cart");
            var add = await returning.AddToCartAsync("z");
            var remove = await returning.SubmitAsync(await returning.GetAsync("/Cart"), "#cart li:first-child form");

            Assert.Equal(HttpStatusCode.OK, session.Status);
            Assert.NotNull(session.SessionSetCookie);
            Assert.Equal(HttpStatusCode.OK, cart.Status);
            Assert.Equal(2, HtmlAssert.Items(cart.Document, "#cart").Count);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, add.Status);
            Assert.Equal(HttpStatusCode.Redirect, remove.Status);
            Assert.Single(await returning.CartAsync());
        }
        finally
        {
            TestFolder.Delete(folder);
        }
    }

    [Fact]
    public async Task FailedSignIn_ErrorPageShowsNoName()
    {
        await using var host = new AppHost(new Dictionary<string, string?> { ["Sessions:MaxSize"] = "300" });
        using var browser = host.CreateBrowser();

        // An add stores the item and a flash of about the same size, so once
        // an add is refused, the cart leaves no room for a 100-character name.
        for (var i = 0; i < 10 && (await browser.AddToCartAsync(new string('x', 60))).Status == HttpStatusCode.Redirect; i++)
            await browser.GetAsync("/Cart");
        Assert.NotEmpty(await browser.CartAsync());

        var post = await browser.SignInAsync(new string('n', 100));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.Status);
        HtmlAssert.Missing(post.Document, "#signed-in-as");
    }
}
