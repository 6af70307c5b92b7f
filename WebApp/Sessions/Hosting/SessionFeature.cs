namespace WebApp.Sessions.Hosting;

/// <summary>The session loaded for the current request, kept in <c>HttpContext.Features</c>.</summary>
internal sealed class SessionFeature(Session session)
{
    public Session Session { get; } = session;

    /// <summary>True once the session was committed, so a re-executed page does not commit it again.</summary>
    public bool IsCommitted { get; set; }
}
