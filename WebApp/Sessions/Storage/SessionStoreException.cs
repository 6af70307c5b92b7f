namespace WebApp.Sessions.Storage;

/// <summary>
/// The session store failed to read or write. The request fails with 503
/// and the stored session keeps the state it had before the request.
/// </summary>
public sealed class SessionStoreException(string message, Exception innerException)
    : Exception(message, innerException);
