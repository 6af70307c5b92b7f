namespace WebApp.Sessions.Storage;

/// <summary>The changes one request made to a stored session.</summary>
/// <param name="Changes">
/// New values as serialized JSON, by session key; a null value removes the key.
/// </param>
/// <param name="Now">The time of the write; it becomes the record's <c>LastUsed</c>.</param>
/// <param name="Expires">The record's new expiry.</param>
/// <param name="NewKey">
/// When set, the record moves to this key in the same transaction, the old
/// key stops working, and <c>Created</c> becomes <paramref name="Now"/>.
/// </param>
public sealed record SessionUpdate(
    IReadOnlyDictionary<string, string?> Changes,
    DateTimeOffset Now,
    DateTimeOffset Expires,
    string? NewKey = null);
