using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
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

    // Re-execution keeps the failed request's method, which may be any
    // method at all, so the page is filled in here, where every method
    // passes, instead of in OnGet and OnPost. No handler takes parameters:
    // binding one makes MVC read the form, and the failed request's body may
    // be the very form that could not be read.
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);

        await ShowAsync();
        await next();
    }

    private async Task ShowAsync()
    {
        int? statusCode = int.TryParse(Request.Query["statusCode"], out var code) ? code : null;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
            await LoadSessionAsync();

        Status = HttpContext.Features.Get<IExceptionHandlerFeature>() is null
            ? statusCode ?? Response.StatusCode
            : Response.StatusCode;
        Message = Status switch
        {
            StatusCodes.Status400BadRequest => "The request was invalid. Reload the page and try again.",
            StatusCodes.Status404NotFound => "This page does not exist.",
            StatusCodes.Status405MethodNotAllowed => "This page does not accept that request method.",
            StatusCodes.Status409Conflict => "Your session ended while this request ran, so nothing was saved. Reload the page to start a new session.",
            StatusCodes.Status415UnsupportedMediaType => "The request body's format or character set is not supported. Send the form as UTF-8.",
            StatusCodes.Status413PayloadTooLarge => "That is more data than a session may hold. Nothing was changed.",
            StatusCodes.Status503ServiceUnavailable => "The session store is unavailable, so this request failed. Reload the page to see what was saved before you try again.",
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
