namespace WebApp.Tests.Infrastructure;

/// <summary>The contract's pages, driven as a user would through <see cref="TestBrowser"/>.</summary>
public static class WebAppPages
{
    public static async Task<string> UserIdAsync(this TestBrowser browser)
    {
        var page = await browser.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        return HtmlAssert.Text(page.Document, "#user-id");
    }

    public static async Task<IReadOnlyList<string>> CartAsync(this TestBrowser browser)
    {
        var page = await browser.GetAsync("/Cart");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        return HtmlAssert.Items(page.Document, "#cart", "span");
    }

    /// <summary>Adds an item through the cart's form and returns the POST's response, redirect not followed.</summary>
    public static async Task<TestResponse> AddToCartAsync(this TestBrowser browser, string item)
    {
        var cart = await browser.GetAsync("/Cart");
        return await browser.SubmitAsync(cart, "form[action*='handler=Add']", new Dictionary<string, string> { ["item"] = item });
    }

    public static async Task<TestResponse> SignInAsync(this TestBrowser browser, string username)
    {
        var login = await browser.GetAsync("/Login");
        return await browser.SubmitAsync(login, "main form", new Dictionary<string, string> { ["username"] = username });
    }

    public static async Task<TestResponse> SignOutAsync(this TestBrowser browser)
    {
        var page = await browser.GetAsync("/Logout");
        return await browser.SubmitAsync(page, "main form");
    }
}
