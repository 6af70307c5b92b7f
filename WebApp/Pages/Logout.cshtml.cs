using Microsoft.AspNetCore.Mvc;
using WebApp.Sessions.Hosting;

namespace WebApp.Pages;

/// <summary>Destroys the session: its record is deleted and its cookie expired.</summary>
public sealed class LogoutModel : SessionPageModel
{
    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        Session.Destroy();
        return RedirectToPage("/Index");
    }
}
