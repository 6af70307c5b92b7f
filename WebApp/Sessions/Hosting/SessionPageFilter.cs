using Microsoft.AspNetCore.Mvc.Filters;

namespace WebApp.Sessions.Hosting;

/// <summary>
/// Hands the request's session to a <see cref="SessionPageModel"/> before
/// its handler runs. Runs for every page; other page models are left alone.
/// </summary>
internal sealed class SessionPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        if (context.HandlerInstance is SessionPageModel page)
            page.Session = await context.HttpContext.GetServerSessionAsync();

        await next();
    }
}
