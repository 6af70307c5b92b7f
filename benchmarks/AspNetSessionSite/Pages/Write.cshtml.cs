using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspNetSessionSite.Pages;

/// <summary>Counts visits in the session, a write on every request, like WebApp's visits page.</summary>
public sealed class WriteModel : PageModel
{
    public int Count { get; private set; }

    public async Task OnGetAsync()
    {
        await HttpContext.Session.LoadAsync();
        Count = (HttpContext.Session.GetInt32("visits") ?? 0) + 1;
        HttpContext.Session.SetInt32("visits", Count);
    }
}
