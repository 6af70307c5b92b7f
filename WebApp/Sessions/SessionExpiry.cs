using Microsoft.Extensions.Options;
using WebApp.Sessions.Options;
using WebApp.Sessions.Storage;

namespace WebApp.Sessions;

/// <summary>
/// When a session expires: <c>IdleTimeout</c> after its last write, and
/// never later than <c>AbsoluteTimeout</c> after it was created.
/// </summary>
internal sealed class SessionExpiry(IOptions<ServerSessionOptions> options)
{
    private readonly TimeSpan _idle = options.Value.IdleTimeout;
    private readonly TimeSpan _absolute = options.Value.AbsoluteTimeout;

    /// <summary>Returns the expiry of a session created at <paramref name="created"/> and written now.</summary>
    public DateTimeOffset Compute(DateTimeOffset created, DateTimeOffset now)
    {
        var idle = now + _idle;
        var absolute = created + _absolute;
        return idle < absolute ? idle : absolute;
    }

    /// <summary>
    /// Tells whether a read-only request should still write a later expiry.
    /// It does once a tenth of <c>IdleTimeout</c> has passed since the last
    /// write, so reads cost no write in between. NOTE: a session can
    /// therefore expire up to a tenth of <c>IdleTimeout</c> sooner than its
    /// last request plus <c>IdleTimeout</c>.
    /// </summary>
    public bool ShouldExtend(SessionRecord record, DateTimeOffset now) =>
        Compute(record.Created, now) - record.Expires >= _idle / 10;
}
