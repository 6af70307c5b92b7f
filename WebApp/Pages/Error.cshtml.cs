using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WebApp.Pages;

/// <summary>
/// The error page for exceptions and error status codes. It is not a
/// session page, so it works when the session store does not.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int? statusCode) => Show(statusCode);

    public void OnPost(int? statusCode) => Show(statusCode);

    private void Show(int? statusCode)
    {
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
}
