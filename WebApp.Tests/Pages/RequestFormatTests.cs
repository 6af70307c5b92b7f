using System.Net;
using System.Net.Http.Headers;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Pages;

/// <summary>Request bodies and methods that the pages do not take get an error page, never a 500.</summary>
public sealed class RequestFormatTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/Login", "application/x-www-form-urlencoded; charset=utf-7")]
    [InlineData("/Cart?handler=Add", "application/x-www-form-urlencoded; charset=UTF-7")]
    [InlineData("/Logout", "application/x-www-form-urlencoded; charset=csUnicode11UTF7")]
    [InlineData("/Login", "multipart/form-data; boundary=x")]
    public async Task UnsupportedBody_Gets415Page(string path, string contentType)
    {
        using var client = new HttpClient { BaseAddress = _host.Address };
        using var content = new StringContent("username=a&item=b");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.PostAsync(path, content);
        var body = await response.Content.ReadAsStringAsync();
        var page = new TestResponse(path, response.StatusCode, null, [], body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("415", HtmlAssert.Text(page.Document, "#error-status"));
    }

    [Fact]
    public async Task Utf7ContentTypeOnGet_StillServesPage()
    {
        using var client = new HttpClient { BaseAddress = _host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Content = new StringContent("");
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=utf-7");

        using var response = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Theory]
    [InlineData("PROPFIND")]
    [InlineData("FOO")]
    [InlineData("TRACE")]
    public async Task UnusualMethods_ErrorPageShowsItsStatus(string method)
    {
        using var client = new HttpClient { BaseAddress = _host.Address };

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/no-such-page"));
        var page = new TestResponse("/no-such-page", response.StatusCode, null, [], await response.Content.ReadAsStringAsync());

        Assert.True((int)response.StatusCode >= 400, $"Status was {(int)response.StatusCode}.");
        Assert.Equal(((int)response.StatusCode).ToString(), HtmlAssert.Text(page.Document, "#error-status"));
        Assert.NotEqual(string.Empty, HtmlAssert.Text(page.Document, "#error-message"));
    }

    [Theory]
    [InlineData("PUT", HttpStatusCode.BadRequest)]
    [InlineData("DELETE", HttpStatusCode.BadRequest)]
    [InlineData("PATCH", HttpStatusCode.BadRequest)]
    public async Task OtherMethods_GetErrorPageWithStatus(string method, HttpStatusCode expected)
    {
        using var client = new HttpClient { BaseAddress = _host.Address };

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/Cart"));
        var page = new TestResponse("/Cart", response.StatusCode, null, [], await response.Content.ReadAsStringAsync());

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(((int)expected).ToString(), HtmlAssert.Text(page.Document, "#error-status"));
        Assert.NotEqual(string.Empty, HtmlAssert.Text(page.Document, "#error-message"));
    }

    [Fact]
    public async Task Head_DoesNotConsumeFlash()
    {
        using var browser = _host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        using var client = new HttpClient { BaseAddress = _host.Address };
        using var head = new HttpRequestMessage(HttpMethod.Head, "/Cart");
        head.Headers.Add("Cookie", $"SESSION_ID={browser.SessionCookie}");

        using var response = await client.SendAsync(head);
        var page = await browser.GetAsync("/Cart");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Added apple", HtmlAssert.Text(page.Document, "#flash"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Cart?handler=Json")]
    [InlineData("/Cart?handler=Download")]
    public async Task HeadOfSessionPage_IsNotCacheable(string path)
    {
        using var browser = _host.CreateBrowser();
        await browser.UserIdAsync();
        using var client = new HttpClient { BaseAddress = _host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        request.Headers.Add("Cookie", $"SESSION_ID={browser.SessionCookie}");

        using var response = await client.SendAsync(request);

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control was '{response.Headers.CacheControl}'.");
    }

    [Fact]
    public async Task SessionPages_AreNotCacheable()
    {
        using var browser = _host.CreateBrowser();
        await browser.UserIdAsync();
        using var client = new HttpClient { BaseAddress = _host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"SESSION_ID={browser.SessionCookie}");

        using var response = await client.SendAsync(request);

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control was '{response.Headers.CacheControl}'.");
    }
}
