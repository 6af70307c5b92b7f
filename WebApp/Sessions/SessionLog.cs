using WebApp.Sessions.Cookies;

namespace WebApp.Sessions;

/// <summary>
/// Log messages of the session layer. Sessions appear by the first eight
/// characters of their store key, a hash that cannot be turned back into
/// a cookie; IDs and secrets are never logged.
/// </summary>
internal static partial class SessionLog
{
    [LoggerMessage(1, LogLevel.Debug, "Loaded session {Key}.")]
    public static partial void SessionLoaded(ILogger logger, string key);

    [LoggerMessage(2, LogLevel.Information, "Created session {Key}.")]
    public static partial void SessionCreated(ILogger logger, string key);

    [LoggerMessage(3, LogLevel.Information, "Session {Key} was not found or has expired; the request gets a new session.")]
    public static partial void SessionNotFound(ILogger logger, string key);

    [LoggerMessage(4, LogLevel.Information, "Session {OldKey} was renewed as {NewKey}; the old ID no longer works.")]
    public static partial void SessionRenewed(ILogger logger, string oldKey, string newKey);

    [LoggerMessage(5, LogLevel.Information, "Destroyed session {Key}.")]
    public static partial void SessionDestroyed(ILogger logger, string key);

    [LoggerMessage(6, LogLevel.Information, "Session {Key} expired or was destroyed before this request saved it; the request failed and saved nothing.")]
    public static partial void SessionGoneBeforeSave(ILogger logger, string key);

    [LoggerMessage(7, LogLevel.Warning, "Rejected a session cookie ({Reason}). Rejections since the last warning, this one included: {Count}.")]
    public static partial void CookieRejected(ILogger logger, CookieRejection reason, int count);

    [LoggerMessage(8, LogLevel.Warning, "Session {Key} was not saved: its data would be {Size} bytes, over Sessions:MaxSize of {MaxSize}.")]
    public static partial void SessionTooLarge(ILogger logger, string key, int size, int maxSize);

    [LoggerMessage(9, LogLevel.Error, "The session store failed to {Operation} session {Key}.")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string operation, string key);

    [LoggerMessage(10, LogLevel.Warning, "Sessions:Secrets is not set, so cookies are signed with a generated secret kept in {Path}. Set Sessions:Secrets to keep sessions valid when that file is lost.")]
    public static partial void GeneratedSecretInUse(ILogger logger, string path);

    [LoggerMessage(11, LogLevel.Information, "Opened the session store {Path}.")]
    public static partial void StoreOpened(ILogger logger, string path);

    [LoggerMessage(12, LogLevel.Information, "Expired-session cleanup is off because Sessions:CleanupInterval is 00:00:00.")]
    public static partial void CleanupDisabled(ILogger logger);

    [LoggerMessage(13, LogLevel.Information, "Deleted {Count} expired sessions in {ElapsedMilliseconds} ms.")]
    public static partial void CleanupDeleted(ILogger logger, int count, long elapsedMilliseconds);

    [LoggerMessage(14, LogLevel.Debug, "Found no expired sessions to delete.")]
    public static partial void CleanupFoundNothing(ILogger logger);

    [LoggerMessage(15, LogLevel.Error, "Expired-session cleanup failed after deleting {Count} sessions; the next pass runs in {Interval}.")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, int count, TimeSpan interval);
}
