namespace WebApp.Sessions.Storage;

/// <summary>A stored session. Instances are immutable and may be shared between requests.</summary>
/// <param name="Key">The SHA-256 hash of the session ID, in base64url.</param>
/// <param name="Data">Each session key's value as serialized JSON.</param>
/// <param name="Created">When the session got its current ID, UTC.</param>
/// <param name="LastUsed">When the record was last written, UTC.</param>
/// <param name="Expires">When the record stops being served, UTC.</param>
public sealed record SessionRecord(
    string Key,
    IReadOnlyDictionary<string, string> Data,
    DateTimeOffset Created,
    DateTimeOffset LastUsed,
    DateTimeOffset Expires);
