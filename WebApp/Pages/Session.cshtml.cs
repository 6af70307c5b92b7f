using WebApp.Sessions.Hosting;

namespace WebApp.Pages;

/// <summary>Shows the stored keys and values and when the session was created and expires.</summary>
public sealed class SessionModel : SessionPageModel
{
    public void OnGet()
    {
    }
}
