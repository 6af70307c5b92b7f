using System.Net;
using WebApp.Tests.Infrastructure;
using static WebApp.Tests.Sessions.Cookies.TestSigning;

namespace WebApp.Tests.Sessions.Cookies;

/// <summary>
/// Restarts the app on one database with a changed <c>Sessions:Secrets</c>
/// list, as an operator rotating the signing secret would.
/// </summary>
public sealed class SecretRotationTests : IAsyncLifetime
{
    // Every host opens the database in this folder. AppHost deletes only a
    // folder it made itself, so this one outlives each host.
    private readonly string _folder = TestFolder.Create();
    private AppHost? _host;
    private TestBrowser? _browser;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await StopHostAsync();
        TestFolder.Delete(_folder);
    }

    [Fact]
    public async Task OldSecret_StillVerifiesCookie()
    {
        var (cookie, userId) = await VisitWithSecretsAsync(SecretA);

        var browser = await RestartAsync(SecretB, SecretA);
        var page = await browser.GetAsync("/", Header(cookie));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(userId, HtmlAssert.Text(page.Document, "#user-id"));
    }

    [Fact]
    public async Task OldSecret_ResignsWithFirstSecret()
    {
        var (cookie, _) = await VisitWithSecretsAsync(SecretA);

        var browser = await RestartAsync(SecretB, SecretA);
        var page = await browser.GetAsync("/", Header(cookie));

        var resigned = page.IssuedSessionCookie;
        Assert.NotEqual(cookie, resigned);
        Assert.Equal(IdOf(cookie), IdOf(resigned));
        Assert.Equal(IdOf(cookie), CreateSigner(SecretB).Verify(resigned, out var signedWithOldSecret));
        Assert.False(signedWithOldSecret);
    }

    [Fact]
    public async Task ResignedCookie_ExpiresWithRecord()
    {
        var (cookie, _) = await VisitWithSecretsAsync(SecretA);

        var browser = await RestartAsync(SecretB, SecretA);
        var page = await browser.GetAsync("/", Header(cookie));

        var expires = page.SessionSetCookie?.Expires;
        var record = _host!.ReadStoredRecord(page.IssuedSessionCookie);
        Assert.NotNull(expires);
        Assert.NotNull(record);
        Assert.InRange(expires.Value, record.Expires.AddSeconds(-1), record.Expires.AddSeconds(1));
    }

    [Fact]
    public async Task ResignedCookie_IsNotResignedAgain()
    {
        var (cookie, userId) = await VisitWithSecretsAsync(SecretA);
        var browser = await RestartAsync(SecretB, SecretA);
        var resigned = (await browser.GetAsync("/", Header(cookie))).IssuedSessionCookie;

        var page = await browser.GetAsync("/", Header(resigned));

        Assert.Equal(userId, HtmlAssert.Text(page.Document, "#user-id"));
        Assert.Null(page.SessionSetCookie);
    }

    [Fact]
    public async Task RemovedSecret_RejectsOldCookie()
    {
        var (cookie, userId) = await VisitWithSecretsAsync(SecretA);
        var browser = await RestartAsync(SecretB);

        var cart = await browser.GetAsync("/Cart", Header(cookie));
        var home = await browser.GetAsync("/", Header(cookie));

        Assert.Equal(HttpStatusCode.OK, cart.Status);
        Assert.Null(cart.SessionSetCookie);
        Assert.NotEqual(userId, HtmlAssert.Text(home.Document, "#user-id"));
        Assert.NotEqual(IdOf(cookie), IdOf(home.IssuedSessionCookie));
    }

    [Fact]
    public async Task RemovedSecret_KeepsResignedCookie()
    {
        var (cookie, userId) = await VisitWithSecretsAsync(SecretA);
        var rotating = await RestartAsync(SecretB, SecretA);
        var resigned = (await rotating.GetAsync("/", Header(cookie))).IssuedSessionCookie;

        var browser = await RestartAsync(SecretB);
        var page = await browser.GetAsync("/", Header(resigned));

        Assert.Equal(userId, HtmlAssert.Text(page.Document, "#user-id"));
    }

    private static string Header(string cookie) => $"{TestBrowser.CookieName}={cookie}";

    // Starts a host with these secrets and returns the cookie and user ID of a first visit.
    private async Task<(string Cookie, string UserId)> VisitWithSecretsAsync(params string[] secrets)
    {
        var browser = await RestartAsync(secrets);
        var userId = await browser.UserIdAsync();

        var cookie = browser.SessionCookie;
        Assert.NotNull(cookie);
        return (cookie, userId);
    }

    // Stops the running host, because only one may hold the database's
    // lock, and starts one with these secrets on the same database. The
    // returned browser is disposed with the host.
    private async Task<TestBrowser> RestartAsync(params string[] secrets)
    {
        await StopHostAsync();

        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < secrets.Length; i++)
            settings[$"Sessions:Secrets:{i}"] = secrets[i];
        _host = new AppHost(settings, folder: _folder);
        _browser = _host.CreateBrowser();
        return _browser;
    }

    private async Task StopHostAsync()
    {
        _browser?.Dispose();
        _browser = null;
        if (_host is null)
            return;

        await _host.DisposeAsync();
        _host = null;
    }
}
