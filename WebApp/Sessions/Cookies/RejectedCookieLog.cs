namespace WebApp.Sessions.Cookies;

/// <summary>
/// Logs rejected session cookies as warnings, at most one a minute, with a
/// count of the rejections since the last warning. Anyone can send bad
/// cookies, so an unthrottled warning per request would flood the log.
/// </summary>
internal sealed class RejectedCookieLog(TimeProvider time, ILogger<RejectedCookieLog> logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private DateTimeOffset _nextWarning = DateTimeOffset.MinValue;
    private int _suppressed;

    public void Record(CookieRejection reason)
    {
        int count;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now < _nextWarning)
            {
                _suppressed++;
                return;
            }

            count = _suppressed + 1;
            _suppressed = 0;
            _nextWarning = now + Interval;
        }

        SessionLog.CookieRejected(logger, reason, count);
    }
}
