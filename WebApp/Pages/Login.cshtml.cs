using Microsoft.AspNetCore.Mvc;
using WebApp.Sessions.Hosting;

namespace WebApp.Pages;

/// <summary>
/// Signs a user in by name. There is no password: the page shows how a
/// sign-in renews the session ID while keeping the session's data.
/// </summary>
public sealed class LoginModel : SessionPageModel
{
    public const int MaxUsernameLength = 100;

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost(string? username)
    {
        var name = username?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxUsernameLength)
        {
            Error = $"Enter a user name of 1 to {MaxUsernameLength} characters.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Session.Set(SessionKeys.Username, name);

        // A new ID at sign-in means an ID that someone planted or saw before
        // the sign-in is worthless afterwards.
        Session.RenewId();
        return RedirectToPage("/Index");
    }
}
