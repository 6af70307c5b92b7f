namespace WebApp.Sessions.Storage;

/// <summary>
/// Where session records live. Keys are SHA-256 hashes of session IDs,
/// never the IDs themselves.
/// </summary>
/// <remarks>
/// For implementers of a store: an unknown or expired key is "not found"
/// (null or false), never an error, and an expired record is never returned
/// or extended, even before cleanup has deleted it. Deleting a missing key
/// is a no-op. Data over <c>Sessions:MaxSize</c> throws
/// <see cref="SessionTooLargeException"/> and changes nothing. Any other
/// exception means the store failed, and the caller treats the request as
/// failed.
/// </remarks>
public interface ISessionStore
{
    /// <summary>Reads a live record, or returns null when it is missing or expired.</summary>
    ValueTask<SessionRecord?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores a new record under a key that is not in use.</summary>
    ValueTask CreateAsync(SessionRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies changes to a live record atomically, leaving keys the update
    /// does not name as another request may have left them. Returns the
    /// updated record, or null when the record is missing or expired, in
    /// which case nothing is written.
    /// </summary>
    ValueTask<SessionRecord?> UpdateAsync(string key, SessionUpdate update, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a record; returns false when there was none. A key that a
    /// renewal moved in the last minute deletes the record under its new
    /// key, so a sign-out that races a sign-in still ends the session.
    /// </summary>
    ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to <paramref name="batchSize"/> records that expired before
    /// <paramref name="now"/>, in one transaction, and returns how many.
    /// </summary>
    ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default);
}
