using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WebApp.Sessions.Cookies;
using WebApp.Sessions.Options;
using WebApp.Tests.Infrastructure;
using AspNetSameSite = Microsoft.AspNetCore.Http.SameSiteMode;
using SameSiteMode = Microsoft.Net.Http.Headers.SameSiteMode;

namespace WebApp.Tests.Sessions.Cookies;

/// <summary>
/// The <c>Set-Cookie</c> headers that issue and delete the session cookie,
/// read as a browser receives them.
/// </summary>
public sealed class SessionCookieWriterTests : IAsyncLifetime
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FirstVisit_IssuesPersistentCookie()
    {
        using var browser = _host.CreateBrowser();

        var cookie = (await browser.GetAsync("/")).SessionSetCookie;

        Assert.NotNull(cookie);
        Assert.NotNull(cookie.Expires);
        Assert.True(cookie.Expires > _host.Clock.GetUtcNow(), $"The cookie expires at {cookie.Expires:O}, already past.");
    }

    [Fact]
    public async Task FirstVisit_CookieExpiresWithRecord()
    {
        using var browser = _host.CreateBrowser();

        var page = await browser.GetAsync("/");

        AssertExpiresWithRecord(page);
    }

    [Fact]
    public async Task SignIn_CookieExpiresWithRecord()
    {
        using var browser = _host.CreateBrowser();
        await browser.UserIdAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(5));

        var page = await browser.SignInAsync("alice");

        AssertExpiresWithRecord(page);
    }

    [Fact]
    public async Task Logout_ExpiresCookieByNameAndPath()
    {
        using var browser = _host.CreateBrowser();
        var issued = (await browser.SignInAsync("alice")).SessionSetCookie;

        var expired = (await browser.SignOutAsync()).SessionSetCookie;

        Assert.NotNull(issued);
        Assert.NotNull(expired);
        Assert.Equal(issued.Name, expired.Name);
        Assert.Equal(issued.Path, expired.Path);
        Assert.Equal(issued.Domain, expired.Domain);
        Assert.Equal(issued.Secure, expired.Secure);
    }

    [Fact]
    public async Task Logout_SendsZeroMaxAge()
    {
        var expired = await SignInThenOutAsync();

        Assert.Equal(TimeSpan.Zero, expired.MaxAge);
    }

    [Fact]
    public async Task Logout_SendsPastExpires()
    {
        var expired = await SignInThenOutAsync();

        Assert.NotNull(expired.Expires);
        Assert.True(expired.Expires < _host.Clock.GetUtcNow(), $"Expires is {expired.Expires:O}, not in the past.");
        Assert.True(expired.Expires < DateTimeOffset.UtcNow, $"Expires is {expired.Expires:O}, not in the past.");
    }

    [Fact]
    public async Task Logout_SendsEmptyValue()
    {
        var expired = await SignInThenOutAsync();

        Assert.Equal(string.Empty, expired.Value.ToString());
    }

    [Fact]
    public async Task Logout_RemovesCookieFromJar()
    {
        using var browser = _host.CreateBrowser();
        await browser.SignInAsync("alice");
        Assert.NotNull(browser.SessionCookie);

        var response = await browser.SignOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        Assert.Null(browser.SessionCookie);
        Assert.DoesNotContain(TestBrowser.CookieName, browser.Cookies.GetCookieHeader(browser.Address), StringComparison.Ordinal);
    }

    [Fact]
    public void Expire_KeepsConfiguredAttributes()
    {
        var writer = CreateWriter(AspNetSameSite.Strict, CookieSecurePolicy.Always);
        var issued = SetCookieHeaderValue.Parse(writer.Issue("value", _host.Clock.GetUtcNow(), writer.IsSecure(false)));

        var expired = SetCookieHeaderValue.Parse(writer.Expire(writer.IsSecure(false)));

        Assert.True(issued.Secure);
        Assert.True(expired.Secure);
        Assert.Equal(SameSiteMode.Strict, issued.SameSite);
        Assert.Equal(SameSiteMode.Strict, expired.SameSite);
        Assert.True(expired.HttpOnly);
    }

    [Fact]
    public void Issue_SendsNoMaxAge()
    {
        var writer = CreateWriter(AspNetSameSite.Lax, CookieSecurePolicy.SameAsRequest);

        var issued = SetCookieHeaderValue.Parse(writer.Issue("value", _host.Clock.GetUtcNow(), secure: false));

        Assert.Null(issued.MaxAge);
        Assert.False(issued.Secure);
    }

    private static SessionCookieWriter CreateWriter(AspNetSameSite sameSite, CookieSecurePolicy securePolicy)
    {
        var options = new ServerSessionOptions { Cookie = { SameSite = sameSite, SecurePolicy = securePolicy } };
        return new SessionCookieWriter(Microsoft.Extensions.Options.Options.Create(options));
    }

    private async Task<SetCookieHeaderValue> SignInThenOutAsync()
    {
        using var browser = _host.CreateBrowser();
        await browser.SignInAsync("alice");

        var expired = (await browser.SignOutAsync()).SessionSetCookie;

        Assert.NotNull(expired);
        return expired;
    }

    private void AssertExpiresWithRecord(TestResponse page)
    {
        var expires = page.SessionSetCookie?.Expires;
        var record = _host.ReadStoredRecord(page.IssuedSessionCookie);

        Assert.NotNull(expires);
        Assert.NotNull(record);
        Assert.InRange(expires.Value, record.Expires - Tolerance, record.Expires + Tolerance);
    }
}
