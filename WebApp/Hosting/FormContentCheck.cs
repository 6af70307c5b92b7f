using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace WebApp.Hosting;

/// <summary>
/// Rejects, with 415, request bodies that the form reader would fail on
/// with an exception: a charset that .NET cannot decode (UTF-7 has been
/// disabled since .NET 5), and multipart bodies, whose parts carry charsets
/// of their own. No page of WebApp takes uploads, and its forms post
/// <c>application/x-www-form-urlencoded</c>.
/// </summary>
internal static class FormContentCheck
{
    public static IApplicationBuilder UseFormContentCheck(this IApplicationBuilder app) =>
        app.Use(next => context =>
        {
            // The error page re-executes with the same request; it must not
            // be rejected a second time.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || IsSupported(context.Request.ContentType))
                return next(context);

            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        });

    internal static bool IsSupported(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
            return true;
        if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return false;

        try
        {
            _ = mediaType.Encoding;
            return true;
        }
        catch (Exception exception) when (exception is NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}
