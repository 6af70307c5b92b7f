using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace WebApp.Sessions.Hosting;

/// <summary>
/// Loads and commits the current request's session through
/// <see cref="SessionStorage"/>, at most once each per request.
/// </summary>
public static class SessionHttpContextExtensions
{
    /// <summary>
    /// Returns the request's session, loading it from the store on the first
    /// call. Throws <see cref="Storage.SessionStoreException"/> when the store fails.
    /// </summary>
    public static async ValueTask<Session> GetServerSessionAsync(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.Features.Get<SessionFeature>() is { } feature)
            return feature.Session;

        var storage = context.RequestServices.GetRequiredService<SessionStorage>();
        var cookies = string.Join("; ", context.Request.Headers.Cookie.Where(v => !string.IsNullOrEmpty(v)));
        var session = await storage.GetSessionAsync(cookies, context.RequestAborted);
        context.Features.Set(new SessionFeature(session));
        return session;
    }

    /// <summary>
    /// Returns the request's session if something loaded it already, without
    /// a store read. Returns null on an error page after an exception: the
    /// session may hold changes that were never saved, such as the name of a
    /// sign-in that failed.
    /// </summary>
    public static Session? GetLoadedServerSession(this HttpContext context) =>
        context?.Features.Get<IExceptionHandlerFeature>() is null
            ? context?.Features.Get<SessionFeature>()?.Session
            : null;

    /// <summary>
    /// Saves the request's session, if one was loaded, and adds the
    /// <c>Set-Cookie</c> header it needs. Call it before the response starts.
    /// </summary>
    public static async ValueTask CommitServerSessionAsync(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var feature = context.Features.Get<SessionFeature>();
        if (feature is null || feature.IsCommitted)
            return;

        // The commit ignores RequestAborted: a client that disconnects after
        // posting a change still gets it saved.
        var storage = context.RequestServices.GetRequiredService<SessionStorage>();
        var setCookie = await storage.CommitSessionAsync(feature.Session, context.Request.IsHttps, CancellationToken.None);
        feature.IsCommitted = true;
        if (setCookie is not null)
            context.Response.Headers.Append(HeaderNames.SetCookie, setCookie);
    }
}
