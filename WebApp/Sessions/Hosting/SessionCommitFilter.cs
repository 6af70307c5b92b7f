using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace WebApp.Sessions.Hosting;

/// <summary>
/// Commits the request's session before the response starts, so a failed
/// save becomes an error page and never follows a success page.
/// </summary>
/// <remarks>
/// A page result may change the session while it renders, so the page is
/// rendered into a buffer, the session committed, and only then the buffer
/// sent. Other results (redirects, JSON, files) cannot change it, so the
/// session is committed before they run and their output is not buffered.
/// Error pages re-executed after an exception never commit: a request that
/// failed leaves the stored session as it was. Neither do HEAD, OPTIONS and
/// TRACE requests.
/// </remarks>
internal sealed class SessionCommitFilter : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var http = context.HttpContext;
        if (http.GetLoadedServerSession() is null)
        {
            await next();
            return;
        }

        // A response built from a session is one visitor's; no shared cache
        // may keep it, whatever the method.
        if (!http.Response.Headers.ContainsKey(HeaderNames.CacheControl))
            http.Response.Headers.CacheControl = "no-cache, no-store";
        if (IsReadOnly(http.Request.Method))
        {
            await next();
            return;
        }

        if (context.Result is not PageResult)
        {
            await http.CommitServerSessionAsync();
            await next();
            return;
        }

        await RenderThenCommitAsync(http, next);
    }

    // FileBufferingWriteStream spools to a temporary file past this size,
    // and a page contains session data. 1 MiB keeps ordinary pages off the
    // disk, which its default of 32 KiB would not.
    private const int BufferInMemoryUpTo = 1024 * 1024;

    // HEAD, OPTIONS and TRACE must not change state, so a flash read while
    // serving one stays unread and the expiry does not move.
    private static bool IsReadOnly(string method) =>
        HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static async Task RenderThenCommitAsync(HttpContext http, ResultExecutionDelegate next)
    {
        var body = http.Response.Body;
        await using var buffer = new FileBufferingWriteStream(BufferInMemoryUpTo);
        http.Response.Body = buffer;
        ResultExecutedContext executed;
        try
        {
            executed = await next();
        }
        finally
        {
            http.Response.Body = body;
        }

        // The invoker rethrows a rendering exception after this filter
        // returns, so nothing is committed or sent for it.
        if (executed.Exception is not null && !executed.ExceptionHandled)
            return;

        await http.CommitServerSessionAsync();
        await buffer.DrainBufferAsync(body, http.RequestAborted);
    }
}
