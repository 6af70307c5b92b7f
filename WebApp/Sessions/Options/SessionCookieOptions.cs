using Microsoft.AspNetCore.Http;

namespace WebApp.Sessions.Options;

/// <summary>Name and attributes of the session cookie.</summary>
public sealed class SessionCookieOptions
{
    /// <summary>The cookie's name. Default: <c>SESSION_ID</c>.</summary>
    public string Name { get; set; } = "SESSION_ID";

    /// <summary>
    /// The <c>SameSite</c> attribute: <c>Lax</c>, <c>Strict</c> or <c>None</c>.
    /// Default: <c>Lax</c>.
    /// </summary>
    public SameSiteMode SameSite { get; set; } = SameSiteMode.Lax;

    /// <summary>
    /// When the cookie is marked <c>Secure</c>: <c>SameAsRequest</c> or
    /// <c>Always</c>. Default: <c>SameAsRequest</c>.
    /// </summary>
    public CookieSecurePolicy SecurePolicy { get; set; } = CookieSecurePolicy.SameAsRequest;
}
