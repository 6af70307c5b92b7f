using Microsoft.AspNetCore.Http;
using WebApp.Sessions.Storage;

namespace WebApp.Sessions.Hosting;

/// <summary>Maps exceptions of the session layer, and of oversized form posts, to status codes.</summary>
public static class SessionErrorStatus
{
    /// <summary>
    /// Returns 503 for a store failure, 413 for data over the size limits,
    /// 409 for a session that ended during the request, 400 for a bad
    /// request, and 500 for anything else.
    /// </summary>
    public static int ForException(Exception exception) => exception switch
    {
        SessionStoreException => StatusCodes.Status503ServiceUnavailable,
        SessionTooLargeException => StatusCodes.Status413PayloadTooLarge,
        SessionEndedException => StatusCodes.Status409Conflict,
        BadHttpRequestException bad => bad.StatusCode,

        // Thrown by the form reader for a field over FormOptions.ValueLengthLimit.
        InvalidDataException => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// Tells whether the exception is one the session layer logs itself, or a
    /// client error, so the exception handler need not log it as an error.
    /// </summary>
    public static bool IsExpected(Exception exception) =>
        exception is SessionStoreException or SessionTooLargeException or SessionEndedException
            or BadHttpRequestException or InvalidDataException;
}
