using WebApp.Sessions.Cookies;
using WebApp.Sessions.Storage;

namespace WebApp.Sessions;

/// <summary>
/// The Remix-style session operations, for any code that has a
/// <c>Cookie</c> header: get a session, commit it, destroy it. Razor Pages
/// get theirs through <see cref="Hosting.SessionPageModel"/> instead.
/// </summary>
/// <remarks>
/// Failure policy: a store that throws while reading or writing fails the
/// request with <see cref="SessionStoreException"/>, so no request goes on
/// with an empty session in place of a stored one, and no response reports
/// a change that was not saved.
/// </remarks>
public sealed class SessionStorage
{
    private readonly ISessionStore _store;
    private readonly SessionCookieReader _reader;
    private readonly SessionCookieWriter _writer;
    private readonly SessionIdSigner _signer;
    private readonly SessionExpiry _expiry;
    private readonly TimeProvider _time;
    private readonly ILogger<SessionStorage> _logger;

    internal SessionStorage(
        ISessionStore store,
        SessionCookieReader reader,
        SessionCookieWriter writer,
        SessionIdSigner signer,
        SessionExpiry expiry,
        TimeProvider time,
        ILogger<SessionStorage> logger)
    {
        (_store, _reader, _writer, _signer, _expiry, _time, _logger) = (store, reader, writer, signer, expiry, time, logger);
    }

    /// <summary>
    /// Returns the session named by a signed cookie in the header, or a new
    /// empty one when the cookie is missing, invalid or its record is gone.
    /// </summary>
    public async ValueTask<Session> GetSessionAsync(string? cookieHeader, CancellationToken cancellationToken = default)
    {
        var cookie = _reader.Read(cookieHeader);
        if (cookie is null)
            return new Session(null, null, signedWithOldSecret: false);

        var key = SessionId.ToStoreKey(cookie.Value.Id);
        var record = await GuardAsync("read", key, () => _store.ReadAsync(key, cancellationToken));
        if (record is null)
        {
            SessionLog.SessionNotFound(_logger, SessionId.LogPrefix(key));
            return new Session(null, null, signedWithOldSecret: false);
        }

        SessionLog.SessionLoaded(_logger, SessionId.LogPrefix(key));
        return new Session(cookie.Value.Id, record, cookie.Value.SignedWithOldSecret);
    }

    /// <summary>
    /// Saves the session's changes and returns the <c>Set-Cookie</c> value
    /// to send, or null when the browser's cookie is still right. A session
    /// without values is not stored and gets no cookie.
    /// </summary>
    public async ValueTask<string?> CommitSessionAsync(Session session, bool requestIsHttps = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);

        if (session.IsDestroyed)
            return await DestroySessionAsync(session, requestIsHttps, cancellationToken);

        var secure = _writer.IsSecure(requestIsHttps);
        var now = _time.GetUtcNow();
        return session.Record is null
            ? await CreateAsync(session, session.Values, now, secure, cancellationToken)
            : await UpdateAsync(session, session.Record, now, secure, cancellationToken);
    }

    /// <summary>Deletes the stored session and returns a <c>Set-Cookie</c> value that deletes its cookie.</summary>
    public async ValueTask<string> DestroySessionAsync(Session session, bool requestIsHttps = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);

        session.Destroy();
        if (session.Record is { } record)
        {
            await GuardAsync("delete", record.Key, () => _store.DeleteAsync(record.Key, cancellationToken));
            SessionLog.SessionDestroyed(_logger, SessionId.LogPrefix(record.Key));
        }

        session.Committed(null, null);
        return _writer.Expire(_writer.IsSecure(requestIsHttps));
    }

    private async ValueTask<string?> CreateAsync(
        Session session,
        IReadOnlyDictionary<string, string> values,
        DateTimeOffset now,
        bool secure,
        CancellationToken cancellationToken)
    {
        if (values.Count == 0)
            return null;

        var id = SessionId.Create();
        var record = new SessionRecord(
            SessionId.ToStoreKey(id),
            new Dictionary<string, string>(values, StringComparer.Ordinal),
            now,
            now,
            _expiry.Compute(now, now));
        await GuardAsync("create", record.Key, async () => { await _store.CreateAsync(record, cancellationToken); return true; });

        session.Committed(id, record);
        SessionLog.SessionCreated(_logger, SessionId.LogPrefix(record.Key));
        return _writer.Issue(_signer.Sign(id), record.Expires, secure);
    }

    private async ValueTask<string?> UpdateAsync(
        Session session,
        SessionRecord record,
        DateTimeOffset now,
        bool secure,
        CancellationToken cancellationToken)
    {
        var renew = session.IsIdRenewalRequested;
        if (!session.IsModified && !renew && !_expiry.ShouldExtend(record, now))
            return session.NeedsNewSignature ? Reissue(session, record, secure) : null;

        var newId = renew ? SessionId.Create() : null;
        var update = new SessionUpdate(
            new Dictionary<string, string?>(session.Changes, StringComparer.Ordinal),
            now,
            renew ? _expiry.Compute(now, now) : _expiry.Compute(record.Created, now),
            newId is null ? null : SessionId.ToStoreKey(newId));
        var saved = await GuardAsync("update", record.Key, () => _store.UpdateAsync(record.Key, update, cancellationToken));

        if (saved is null)
            throw Ended(session, record);

        session.Committed(newId ?? session.Id, saved);
        if (saved.Data.Count == 0)
            return await DestroySessionAsync(session, secure, cancellationToken);
        if (newId is not null)
            SessionLog.SessionRenewed(_logger, SessionId.LogPrefix(record.Key), SessionId.LogPrefix(saved.Key));
        return _writer.Issue(_signer.Sign(session.Id!), saved.Expires, secure);
    }

    // The record expired or was destroyed by another request while this one
    // ran. Saving any of this request's values, even under a new ID, could
    // carry data read from the ended session past its sign-out, so the
    // request fails and saves nothing.
    private SessionEndedException Ended(Session session, SessionRecord record)
    {
        SessionLog.SessionGoneBeforeSave(_logger, SessionId.LogPrefix(record.Key));
        session.Committed(null, null);
        return new SessionEndedException();
    }

    private string Reissue(Session session, SessionRecord record, bool secure)
    {
        session.Committed(session.Id, record);
        return _writer.Issue(_signer.Sign(session.Id!), record.Expires, secure);
    }

    private async ValueTask<T> GuardAsync<T>(string operation, string key, Func<ValueTask<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SessionTooLargeException exception)
        {
            SessionLog.SessionTooLarge(_logger, SessionId.LogPrefix(key), exception.Size, exception.MaxSize);
            throw;
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or SessionStoreException))
        {
            SessionLog.StoreFailed(_logger, exception, operation, SessionId.LogPrefix(key));
            throw new SessionStoreException($"The session store failed to {operation} session {SessionId.LogPrefix(key)}.", exception);
        }
    }
}
