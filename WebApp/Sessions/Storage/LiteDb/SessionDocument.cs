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

    /// <summary>Builds the document of a record, with its data already serialized.</summary>
    public static SessionDocument From(string key, string data, SessionRecord record) => new()
    {
        Id = key,
        Data = data,
        Created = LiteDbFile.ToStoredDate(record.Created),
        LastUsed = LiteDbFile.ToStoredDate(record.LastUsed),
        Expires = LiteDbFile.ToStoredDate(record.Expires),
    };

    /// <summary>Builds the record of a document, with its data already parsed.</summary>
    public static SessionRecord ToRecord(SessionDocument document, IReadOnlyDictionary<string, string> data) => new(
        document.Id,
        data,
        LiteDbFile.FromStoredDate(document.Created),
        LiteDbFile.FromStoredDate(document.LastUsed),
        LiteDbFile.FromStoredDate(document.Expires));
}
