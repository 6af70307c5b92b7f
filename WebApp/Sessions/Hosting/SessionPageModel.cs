using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WebApp.Sessions.Hosting;

/// <summary>
/// A page model whose handlers get the request's session, loaded by
/// <see cref="SessionPageFilter"/> before the handler runs. Pages that do
/// not derive from it cost no store read.
/// </summary>
public abstract class SessionPageModel : PageModel
{
    /// <summary>The request's session; changes are saved when the request ends.</summary>
    public Session Session { get; internal set; } = null!;
}
