using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using WebApp.Sessions;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions;

/// <summary>The Remix-style operations, used without Razor Pages.</summary>
public sealed class SessionStorageTests : IAsyncLifetime
{
    private readonly AppHost _host = new();
    private SessionStorage _storage = null!;

    public Task InitializeAsync()
    {
        _ = _host.Address;
        _storage = _host.Services.GetRequiredService<SessionStorage>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetSession_WithoutCookieIsNew()
    {
        var session = await _storage.GetSessionAsync(null);

        Assert.True(session.IsNew);
        Assert.Empty(session.Keys);
    }

    [Fact]
    public async Task Commit_ReturnsCookieThatLoadsSession()
    {
        var session = await _storage.GetSessionAsync(null);
        session.Set("theme", "dark");

        var setCookie = await _storage.CommitSessionAsync(session);
        var cookie = SetCookieHeaderValue.Parse(setCookie);
        var loaded = await _storage.GetSessionAsync($"other=1; {cookie.Name}={cookie.Value}");

        Assert.False(loaded.IsNew);
        Assert.Equal("dark", loaded.Get<string>("theme"));
        Assert.NotNull(cookie.Expires);
        Assert.InRange(cookie.Expires.Value, session.Expires!.Value.AddSeconds(-1), session.Expires.Value.AddSeconds(1));
    }

    [Fact]
    public async Task Commit_UnchangedSessionReturnsNull()
    {
        var cookie = await CreateAsync("theme", "dark");
        var loaded = await _storage.GetSessionAsync(cookie);

        var setCookie = await _storage.CommitSessionAsync(loaded);

        Assert.Null(setCookie);
    }

    [Fact]
    public async Task Commit_EmptyNewSessionStoresNothing()
    {
        var session = await _storage.GetSessionAsync(null);

        var setCookie = await _storage.CommitSessionAsync(session);

        Assert.Null(setCookie);
        Assert.Equal(0, _host.LiteDb.CountInFile());
    }

    [Fact]
    public async Task Commit_RemovingLastKeyDeletesRecord()
    {
        var cookie = await CreateAsync("theme", "dark");
        var loaded = await _storage.GetSessionAsync(cookie);
        loaded.Remove("theme");

        var setCookie = SetCookieHeaderValue.Parse(await _storage.CommitSessionAsync(loaded));

        Assert.Equal(TimeSpan.Zero, setCookie.MaxAge);
        Assert.Equal(0, _host.LiteDb.CountInFile());
    }

    [Fact]
    public async Task Commit_OverHttpsMarksCookieSecure()
    {
        var session = await _storage.GetSessionAsync(null);
        session.Set("theme", "dark");

        var setCookie = SetCookieHeaderValue.Parse(await _storage.CommitSessionAsync(session, requestIsHttps: true));

        Assert.True(setCookie.Secure);
        Assert.True(setCookie.HttpOnly);
    }

    [Fact]
    public async Task Destroy_DeletesRecordAndExpiresCookie()
    {
        var cookie = await CreateAsync("theme", "dark");
        var loaded = await _storage.GetSessionAsync(cookie);

        var setCookie = SetCookieHeaderValue.Parse(await _storage.DestroySessionAsync(loaded));
        var again = await _storage.GetSessionAsync(cookie);

        Assert.Equal(TimeSpan.Zero, setCookie.MaxAge);
        Assert.True(setCookie.Expires < DateTimeOffset.UnixEpoch.AddDays(1));
        Assert.Equal(string.Empty, setCookie.Value.ToString());
        Assert.True(again.IsNew);
        Assert.Equal(0, _host.LiteDb.CountInFile());
    }

    [Fact]
    public async Task RenewId_MovesDataToNewCookie()
    {
        var cookie = await CreateAsync("cart", new[] { "apple" });
        var loaded = await _storage.GetSessionAsync(cookie);
        loaded.RenewId();

        var renewed = SetCookieHeaderValue.Parse(await _storage.CommitSessionAsync(loaded));
        var old = await _storage.GetSessionAsync(cookie);
        var current = await _storage.GetSessionAsync($"SESSION_ID={renewed.Value}");

        Assert.True(old.IsNew);
        Assert.Equal(["apple"], current.Get<string[]>("cart")!);
        Assert.NotEqual(cookie.Split('.')[0], renewed.Value.ToString().Split('.')[0]);
    }

    private async Task<string> CreateAsync<T>(string key, T value)
    {
        var session = await _storage.GetSessionAsync(null);
        session.Set(key, value);
        var cookie = SetCookieHeaderValue.Parse(await _storage.CommitSessionAsync(session));
        return $"{cookie.Name}={cookie.Value}";
    }
}
