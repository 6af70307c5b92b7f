using System.Net;
using AngleSharp.Html.Dom;

namespace WebApp.Tests.Infrastructure;

/// <summary>
/// An HTTP client with a standards-following cookie jar
/// (<see cref="CookieContainer"/>) that follows no redirect by itself, so
/// tests see every <c>Set-Cookie</c>.
/// </summary>
public sealed class TestBrowser : IDisposable
{
    public const string CookieName = "SESSION_ID";

    private readonly HttpClient _client;

    public TestBrowser(Uri address)
    {
        Address = address;
        _client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = address,
        };
    }

    public Uri Address { get; }

    public CookieContainer Cookies { get; } = new();

    /// <summary>The session cookie's value in the jar, or null.</summary>
    public string? SessionCookie => Cookies.GetCookies(Address)[CookieName]?.Value;

    /// <summary>Puts a session cookie into the jar, as another tab or a replayed cookie would.</summary>
    public void SetSessionCookie(string value) =>
        Cookies.Add(Address, new Cookie(CookieName, value, "/"));

    /// <summary>Sends a GET with the jar's cookies, or with exactly <paramref name="cookieHeader"/> when given.</summary>
    public Task<TestResponse> GetAsync(string path, string? cookieHeader = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cookieHeader);

    /// <summary>GETs a page, then follows redirects (at most five).</summary>
    public async Task<TestResponse> OpenAsync(string path)
    {
        var response = await GetAsync(path);
        for (var hops = 0; response.Location is not null && hops < 5; hops++)
            response = await GetAsync(response.Location.ToString());
        return response;
    }

    public Task<TestResponse> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? cookieHeader = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) }, cookieHeader);

    /// <summary>
    /// Submits a form of a page the way a browser does: every named input
    /// of the form (the antiforgery token among them), with
    /// <paramref name="fields"/> replacing or adding values.
    /// </summary>
    public Task<TestResponse> SubmitAsync(TestResponse page, string formSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = HtmlAssert.Single<IHtmlFormElement>(page.Document, formSelector);
        var values = form.QuerySelectorAll("input[name]")
            .OfType<IHtmlInputElement>()
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
            values[name] = value;

        var action = form.GetAttribute("action") ?? page.Path;
        return PostAsync(action, values);
    }

    public void Dispose() => _client.Dispose();

    private async Task<TestResponse> SendAsync(HttpRequestMessage request, string? cookieHeader)
    {
        var header = cookieHeader ?? Cookies.GetCookieHeader(new Uri(Address, request.RequestUri!));
        if (!string.IsNullOrEmpty(header))
            request.Headers.TryAddWithoutValidation("Cookie", header);

        using (request)
        using (var response = await _client.SendAsync(request))
        {
            var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
            if (cookieHeader is null)
            {
                foreach (var setCookie in setCookies)
                    Cookies.SetCookies(Address, setCookie);
            }

            var body = await response.Content.ReadAsStringAsync();
            return new TestResponse(request.RequestUri!.ToString(), response.StatusCode, response.Headers.Location, setCookies, body);
        }
    }
}
