using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspNetSessionSite.Pages;

/// <summary>Gives a new visitor a user ID, then only reads it, like WebApp's home page.</summary>
public sealed class ReadModel : PageModel
{
    public string UserId { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        await HttpContext.Session.LoadAsync();
        var userId = HttpContext.Session.GetString("userId");
        if (userId is null)
        {
            userId = "user:" + Guid.NewGuid().ToString("N")[..16];
            HttpContext.Session.SetString("userId", userId);
        }

        UserId = userId;
    }
}
