using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Net.Http.Headers;

namespace WebApp.Tests.Infrastructure;

/// <summary>A response as a test reads it: status, redirect, cookies and the parsed page.</summary>
public sealed class TestResponse(string path, HttpStatusCode status, Uri? location, IReadOnlyList<string> setCookies, string body)
{
    private IHtmlDocument? _document;

    public string Path { get; } = path;

    public HttpStatusCode Status { get; } = status;

    public Uri? Location { get; } = location;

    public IReadOnlyList<string> SetCookies { get; } = setCookies;

    public string Body { get; } = body;

    public IHtmlDocument Document => _document ??= new HtmlParser().ParseDocument(Body);

    /// <summary>The <c>Set-Cookie</c> of the session cookie, parsed, or null when none was sent.</summary>
    public SetCookieHeaderValue? SessionSetCookie
    {
        get
        {
            var headers = SetCookies
                .Select(value => SetCookieHeaderValue.Parse(value))
                .Where(c => c.Name == TestBrowser.CookieName)
                .ToList();
            Assert.True(headers.Count <= 1, $"The response set the session cookie {headers.Count} times.");
            return headers.SingleOrDefault();
        }
    }

    /// <summary>The session cookie's new value; fails when the response set none.</summary>
    public string IssuedSessionCookie
    {
        get
        {
            var cookie = SessionSetCookie;
            Assert.True(cookie is not null, $"Expected a Set-Cookie for {TestBrowser.CookieName}; got: {string.Join(" | ", SetCookies)}");
            return cookie.Value.ToString();
        }
    }
}
