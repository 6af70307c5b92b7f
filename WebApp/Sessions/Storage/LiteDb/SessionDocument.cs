using LiteDB;

namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>A session record as LiteDB stores it. Dates are UTC.</summary>
internal sealed class SessionDocument
{
    [BsonId]
    public string Id { get; set; } = string.Empty;

    /// <summary>The session data in the form <see cref="SessionData"/> writes.</summary>
    public string Data { get; set; } = "{}";

    public DateTime Created { get; set; }

    public DateTime LastUsed { get; set; }

    public DateTime Expires { get; set; }
}
