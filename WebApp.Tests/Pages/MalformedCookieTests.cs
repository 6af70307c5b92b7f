using System.Net;
using WebApp.Sessions.Cookies;
using WebApp.Tests.Infrastructure;
using static WebApp.Tests.Sessions.Cookies.TestSigning;

namespace WebApp.Tests.Pages;

/// <summary>
/// Cookie headers that must mean "no session": each gives an anonymous
/// page, and the first write under it gets a new ID from the server.
/// </summary>
public sealed class MalformedCookieTests : IAsyncLifetime
{
    private const int CookieRejectedWarning = 7;
    private const string Username = "alice";
    private const string Item = "apple";

    // Printable ASCII from '!' to '~' without ';', so the header is a single cookie pair.
    private static readonly string SinglePairChars = string.Concat(
        Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Where(c => c != ';'));

    // Printable ASCII with space, ';' and '=', so the header splits into many pairs.
    private static readonly string ManyPairChars = string.Concat(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c));

    // Each builds a whole Cookie header from the valid cookie value of a signed-in session.
    private static readonly Dictionary<string, Func<string, string>> MalformedHeaders = new()
    {
        ["abc"] = _ => "SESSION_ID=abc",
        ["id.%%%%"] = valid => $"SESSION_ID={IdOf(valid)}.%%%%",
        ["id.!!!!"] = valid => $"SESSION_ID={IdOf(valid)}.!!!!",
        ["dot only"] = _ => "SESSION_ID=.",
        ["id.signature.extra"] = valid => $"SESSION_ID={valid}.extra",
        ["5000 random chars"] = _ => RandomText(seed: 1, 5000, SinglePairChars),
        ["5000 random chars with ; and ="] = _ => RandomText(seed: 2, 5000, ManyPairChars),
        ["SESSION_ID= then 5000 random chars"] = _ => "SESSION_ID=" + RandomText(seed: 3, 5000, SinglePairChars),
        ["cut percent escape"] = _ => "SESSION_ID=%E0%A4%A",
        ["valid then garbage"] = valid => $"SESSION_ID={valid}; SESSION_ID=garbage",
        ["garbage then valid"] = valid => $"SESSION_ID=garbage; SESSION_ID={valid}",
        ["valid twice"] = valid => $"SESSION_ID={valid}; SESSION_ID={valid}",
    };

    private readonly AppHost _host = new();
    private readonly SessionIdSigner _hostSigner = CreateSigner(AppHost.Secret);
    private SignedInSession _session = null!;

    public static TheoryData<string> MalformedHeaderNames => new(MalformedHeaders.Keys);

    public async Task InitializeAsync() => _session = await SignInAsync(_host);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ValidCookie_ShowsSignedInSession()
    {
        using var browser = _host.CreateBrowser();

        var page = await browser.GetAsync("/Cart", $"SESSION_ID={_session.Cookie}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([Item], HtmlAssert.Items(page.Document, "#cart", "span"));
        Assert.Equal(Username, HtmlAssert.Text(page.Document, "#signed-in-as"));
    }

    [Theory]
    [MemberData(nameof(MalformedHeaderNames))]
    public async Task MalformedHeader_MeansNoSession(string name)
    {
        var header = MalformedHeaders[name](_session.Cookie);
        using var browser = _host.CreateBrowser();

        await AssertAnonymousAsync(browser, header);
        await AssertWriteGetsNewIdAsync(browser, header);
    }

    [Fact]
    public async Task MalformedHeaders_LeaveValidSessionIntact()
    {
        using var browser = _host.CreateBrowser();
        foreach (var build in MalformedHeaders.Values)
            await browser.GetAsync("/", build(_session.Cookie));

        var page = await browser.GetAsync("/Cart", $"SESSION_ID={_session.Cookie}");

        Assert.Equal([Item], HtmlAssert.Items(page.Document, "#cart", "span"));
        Assert.Equal(Username, HtmlAssert.Text(page.Document, "#signed-in-as"));
    }

    [Fact]
    public async Task MalformedCookie_LogsWarningWithoutValue()
    {
        using var browser = _host.CreateBrowser();
        var id = IdOf(_session.Cookie);

        await browser.GetAsync("/Cart", $"SESSION_ID={id}.!!!!");

        var warning = Assert.Single(_host.Log.Events(CookieRejectedWarning));
        Assert.DoesNotContain(id, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonZeroPadBits_MeansNoSession()
    {
        var header = $"SESSION_ID={WithNonZeroPadBits(_session.Cookie)}";
        using var browser = _host.CreateBrowser();

        await AssertAnonymousAsync(browser, header);
        await AssertWriteGetsNewIdAsync(browser, header);
    }

    [Fact]
    public async Task CookieFromOtherHost_MeansNoSession()
    {
        await using var other = new AppHost(new Dictionary<string, string?> { ["Sessions:Secrets:0"] = SecretB });
        var header = $"SESSION_ID={(await SignInAsync(other)).Cookie}";
        using var browser = _host.CreateBrowser();

        await AssertAnonymousAsync(browser, header);
        await AssertWriteGetsNewIdAsync(browser, header);
    }

    // Unlike a cookie from another host, this ID has a record here, so only
    // the signature check keeps the forged cookie out of the session.
    [Fact]
    public async Task ForgedSignature_MeansNoSession()
    {
        var forged = CreateSigner(SecretB).Sign(IdOf(_session.Cookie));
        var header = $"SESSION_ID={forged}";
        using var browser = _host.CreateBrowser();

        await AssertAnonymousAsync(browser, header);
        await AssertWriteGetsNewIdAsync(browser, header);
    }

    [Fact]
    public async Task CookieOfDeletedRecord_GetsNewId()
    {
        var key = SessionId.ToStoreKey(IdOf(_session.Cookie));
        Assert.True(await _host.Store.DeleteAsync(key));
        var header = $"SESSION_ID={_session.Cookie}";
        using var browser = _host.CreateBrowser();

        await AssertAnonymousAsync(browser, header);
        await AssertWriteGetsNewIdAsync(browser, header);

        Assert.Null(_host.ReadStoredRecord(_session.Cookie));
    }

    // Signs in, adds an item and visits / so that the session contains a user
    // name, a cart and a user ID that an anonymous page must not show.
    private static async Task<SignedInSession> SignInAsync(AppHost host)
    {
        using var browser = host.CreateBrowser();
        await browser.SignInAsync(Username);
        await browser.AddToCartAsync(Item);
        var userId = await browser.UserIdAsync();

        var cookie = browser.SessionCookie;
        Assert.NotNull(cookie);
        return new SignedInSession(cookie, userId);
    }

    private static async Task AssertAnonymousAsync(TestBrowser browser, string header)
    {
        var page = await browser.GetAsync("/Cart", header);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(HtmlAssert.Items(page.Document, "#cart", "span"));
        HtmlAssert.Missing(page.Document, "#signed-in-as");
        Assert.Null(page.SessionSetCookie);
    }

    private async Task AssertWriteGetsNewIdAsync(TestBrowser browser, string header)
    {
        var page = await browser.GetAsync("/", header);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEqual(_session.UserId, HtmlAssert.Text(page.Document, "#user-id"));
        var issued = page.IssuedSessionCookie;
        var id = IdOf(issued);
        Assert.Equal(id, _hostSigner.Verify(issued, out _));
        Assert.NotEqual(IdOf(_session.Cookie), id);
        Assert.DoesNotContain(id, header, StringComparison.Ordinal);
    }

    private static string RandomText(int seed, int length, string chars)
    {
        var random = new Random(seed);
        return string.Concat(Enumerable.Range(0, length).Select(_ => chars[random.Next(chars.Length)]));
    }

    private sealed record SignedInSession(string Cookie, string UserId);
}
