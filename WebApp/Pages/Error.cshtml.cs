using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WebApp.Sessions.Hosting;
using WebApp.Sessions.Storage;

namespace WebApp.Pages;

/// <summary>
/// The error page for exceptions and error status codes. After an
/// exception it reads no session, so it works when the session store does
/// not. For a status code such as 404 it loads the session, so the layout
/// shows who is signed in.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public Task OnGetAsync(int? statusCode) => ShowAsync(statusCode);

    public Task OnPostAsync(int? statusCode) => ShowAsync(statusCode);

    private async Task ShowAsync(int? statusCode)
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
            await LoadSessionAsync();

        Status = HttpContext.Features.Get<IExceptionHandlerFeature>() is null
            ? statusCode ?? Response.StatusCode
            : Response.StatusCode;
        Message = Status switch
        {
            StatusCodes.Status400BadRequest => "The request was invalid. Reload the page and try again.",
            StatusCodes.Status404NotFound => "This page does not exist.",
            StatusCodes.Status413PayloadTooLarge => "That is more data than a session may hold. Nothing was changed.",
            StatusCodes.Status503ServiceUnavailable => "The session store is unavailable. Nothing was changed; try again shortly.",
            _ => "Something went wrong on our side.",
        };
    }

    private async Task LoadSessionAsync()
    {
        try
        {
            await HttpContext.GetServerSessionAsync();
        }
        catch (SessionStoreException)
        {
            // SessionStorage logged the failure. The page still shows its
            // status, without the signed-in user.
        }
    }
}
