using System.Net;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions;

/// <summary>Idle and absolute expiry, driven through the pages with a fake clock.</summary>
public sealed class SessionExpiryTests
{
    private static AppHost CreateHost(string idle, string absolute) => new(new Dictionary<string, string?>
    {
        ["Sessions:IdleTimeout"] = idle,
        ["Sessions:AbsoluteTimeout"] = absolute,
    });

    [Fact]
    public async Task ExpiredSession_NeverServedOrExtended()
    {
        await using var host = CreateHost("00:01:00", "1.00:00:00");
        using var browser = host.CreateBrowser();
        var userId = await browser.UserIdAsync();
        var cookie = browser.SessionCookie!;
        var expires = host.ReadStoredRecord(cookie)!.Expires;

        host.Clock.Advance(TimeSpan.FromSeconds(61));
        for (var i = 0; i < 5; i++)
        {
            var page = await browser.GetAsync("/", $"SESSION_ID={cookie}");

            Assert.NotEqual(userId, HtmlAssert.Text(page.Document, "#user-id"));
            Assert.NotEqual(cookie.Split('.')[0], page.IssuedSessionCookie.Split('.')[0]);
            Assert.Equal(expires, host.ReadStoredRecord(cookie)!.Expires);
            host.Clock.Advance(TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task FirstWrite_StoresCreatedPlusIdle()
    {
        await using var host = CreateHost("00:20:00", "08:00:00");
        using var browser = host.CreateBrowser();
        var start = host.Clock.GetUtcNow();

        await browser.GetAsync("/");
        var record = host.ReadStoredRecord(browser.SessionCookie!)!;

        Assert.Equal(TimeSpan.Zero, record.Expires.Offset);
        Assert.Equal(start, record.Created);
        Assert.InRange(record.Expires, start.AddMinutes(20).AddSeconds(-1), start.AddMinutes(20).AddSeconds(1));
    }

    [Fact]
    public async Task LaterWrites_NeverPassAbsoluteTimeout()
    {
        await using var host = CreateHost("00:20:00", "01:00:00");
        using var browser = host.CreateBrowser();
        await browser.GetAsync("/Visits");
        var cookie = browser.SessionCookie!;
        var created = host.ReadStoredRecord(cookie)!.Created;

        var previous = host.ReadStoredRecord(cookie)!.Expires;
        for (var minute = 10; minute < 60; minute += 10)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));
            await browser.GetAsync("/Visits");
            var expires = host.ReadStoredRecord(cookie)!.Expires;

            Assert.True(expires >= previous, $"Expiry moved back at minute {minute}.");
            Assert.True(expires <= created.AddHours(1), $"Expiry {expires:O} passed the absolute limit at minute {minute}.");
            previous = expires;
        }

        Assert.Equal(created.AddHours(1), previous);
    }

    [Fact]
    public async Task ActiveReader_CookieExpiryMatchesStore()
    {
        await using var host = CreateHost("00:20:00", "08:00:00");
        using var browser = host.CreateBrowser();
        await browser.SignInAsync("alice");

        for (var i = 0; i < 6; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));
            var page = await browser.GetAsync("/Session");
            var stored = host.ReadStoredRecord(browser.SessionCookie!)!;

            Assert.Equal("alice", HtmlAssert.Text(page.Document, "#signed-in-as"));
            Assert.Equal(host.Clock.GetUtcNow().AddMinutes(20), stored.Expires);
            var cookieExpires = page.SessionSetCookie?.Expires;
            Assert.NotNull(cookieExpires);
            Assert.InRange(cookieExpires.Value, stored.Expires.AddSeconds(-1), stored.Expires.AddSeconds(1));
        }
    }

    [Fact]
    public async Task ReadWithinTenthOfIdle_WritesNothing()
    {
        await using var host = CreateHost("00:20:00", "08:00:00");
        using var browser = host.CreateBrowser();
        await browser.UserIdAsync();
        var writes = host.Store.Writes;

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var page = await browser.GetAsync("/");

        Assert.Equal(writes, host.Store.Writes);
        Assert.Null(page.SessionSetCookie);
    }

    [Fact]
    public async Task IdleSilence_EndsSession()
    {
        await using var host = CreateHost("00:20:00", "08:00:00");
        using var browser = host.CreateBrowser();
        await browser.SignInAsync("alice");
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await browser.GetAsync("/");

        host.Clock.Advance(TimeSpan.FromMinutes(31));
        var page = await browser.GetAsync("/Session");

        HtmlAssert.Missing(page.Document, "#signed-in-as");
        Assert.Empty(HtmlAssert.Items(page.Document, "#session-keys"));
    }

    [Fact]
    public async Task AbsoluteTimeout_EndsActiveSession()
    {
        await using var host = CreateHost("00:20:00", "08:00:00");
        using var browser = host.CreateBrowser();
        await browser.AddToCartAsync("apple");
        host.Clock.Advance(TimeSpan.FromHours(1));
        await browser.SignInAsync("alice");

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(8) - TimeSpan.FromMinutes(10); elapsed += TimeSpan.FromMinutes(10))
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));
            var page = await browser.GetAsync("/Visits");
            Assert.Equal("alice", HtmlAssert.Text(page.Document, "#signed-in-as"));
        }

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var last = await browser.GetAsync("/Session");

        HtmlAssert.Missing(last.Document, "#signed-in-as");
        Assert.Equal(HttpStatusCode.OK, last.Status);
    }

    [Fact]
    public async Task Restart_KeepsLiveSessions()
    {
        var folder = TestFolder.Create();
        string cookie;
        string userId;
        await using (var first = new AppHost(folder: folder))
        {
            using var browser = first.CreateBrowser();
            userId = await browser.UserIdAsync();
            cookie = browser.SessionCookie!;
        }

        try
        {
            await using var second = new AppHost(folder: folder);
            using var returning = second.CreateBrowser();
            var page = await returning.GetAsync("/", $"SESSION_ID={cookie}");

            Assert.Equal(userId, HtmlAssert.Text(page.Document, "#user-id"));
        }
        finally
        {
            TestFolder.Delete(folder);
        }
    }
}
