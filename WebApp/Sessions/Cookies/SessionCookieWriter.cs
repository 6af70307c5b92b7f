using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using HeaderSameSite = Microsoft.Net.Http.Headers.SameSiteMode;
using WebApp.Sessions.Options;

namespace WebApp.Sessions.Cookies;

/// <summary>Builds the <c>Set-Cookie</c> values that issue and expire the session cookie.</summary>
internal sealed class SessionCookieWriter(IOptions<ServerSessionOptions> options)
{
    private readonly SessionCookieOptions _cookie = options.Value.Cookie;

    /// <summary>Whether a response to a request over this scheme marks the cookie <c>Secure</c>.</summary>
    public bool IsSecure(bool requestIsHttps) =>
        _cookie.SecurePolicy == Microsoft.AspNetCore.Http.CookieSecurePolicy.Always || requestIsHttps;

    /// <summary>
    /// Returns a persistent cookie that expires with the stored record, so
    /// the browser and the store agree on when the session ends.
    /// </summary>
    public string Issue(string signedValue, DateTimeOffset expires, bool secure) =>
        Build(signedValue, expires, maxAge: null, secure);

    /// <summary>
    /// Returns a cookie that deletes the session cookie: an empty value,
    /// <c>Max-Age=0</c> and an <c>Expires</c> in 1970, since browsers that
    /// ignore one of the two still honour the other.
    /// </summary>
    public string Expire(bool secure) =>
        Build(string.Empty, DateTimeOffset.UnixEpoch, TimeSpan.Zero, secure);

    private string Build(string value, DateTimeOffset expires, TimeSpan? maxAge, bool secure)
    {
        var header = new SetCookieHeaderValue(_cookie.Name, value)
        {
            Expires = expires,
            MaxAge = maxAge,
            Path = "/",
            HttpOnly = true,
            Secure = secure,
            SameSite = _cookie.SameSite switch
            {
                Microsoft.AspNetCore.Http.SameSiteMode.Strict => HeaderSameSite.Strict,
                Microsoft.AspNetCore.Http.SameSiteMode.None => HeaderSameSite.None,
                _ => HeaderSameSite.Lax,
            },
        };
        return header.ToString();
    }
}
