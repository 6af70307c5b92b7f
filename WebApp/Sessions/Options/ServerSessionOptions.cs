namespace WebApp.Sessions.Options;

/// <summary>
/// Settings of the server-side session layer, bound from the <c>Sessions</c>
/// configuration section and checked by <see cref="ServerSessionOptionsValidator"/>.
/// </summary>
public sealed class ServerSessionOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Sessions";

    /// <summary>
    /// The LiteDB file. A relative path is resolved against the content root.
    /// Default: <c>data/sessions.db</c> under the content root, or beside it
    /// when the content root is a project folder, as under <c>dotnet run</c>,
    /// so that the store lands in the repository's <c>data/</c>.
    /// </summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// Secrets that sign the cookie: the first signs, every one verifies.
    /// Default: none, so a random secret is generated once and kept beside
    /// the database.
    /// </summary>
    public string[] Secrets { get; set; } = [];

    /// <summary>A session not used for this long expires. Default: 20 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// A session expires this long after it was created, used or not.
    /// Default: 1 day.
    /// </summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How often expired records are deleted; <see cref="TimeSpan.Zero"/> turns
    /// the cleanup off. Default: 1 minute, minimum 1 second.
    /// </summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Expired records deleted per store transaction during cleanup.
    /// Default: 1,000.
    /// </summary>
    public int CleanupBatchSize { get; set; } = 1000;

    /// <summary>
    /// Largest serialized session data, in UTF-8 bytes. Default: 65,536.
    /// </summary>
    public int MaxSize { get; set; } = 65536;

    /// <summary>
    /// Largest total size of the session records kept in memory in front of
    /// the database file, in bytes (estimated at two bytes a character);
    /// 0 turns the cache off. Default: 67,108,864 (64 MiB).
    /// </summary>
    public long CacheSize { get; set; } = 64 * 1024 * 1024;

    /// <summary>The session cookie's name and attributes.</summary>
    public SessionCookieOptions Cookie { get; set; } = new();

    /// <summary>Returns the absolute path of <see cref="DatabasePath"/>, or of the default.</summary>
    public string ResolveDatabasePath(string contentRootPath)
    {
        if (DatabasePath is not null)
            return Path.GetFullPath(Path.Combine(contentRootPath, DatabasePath));

        var isProjectFolder = Directory.Exists(contentRootPath)
            && Directory.EnumerateFiles(contentRootPath, "*.csproj").Any();
        var dataFolder = isProjectFolder ? Path.Combine(contentRootPath, "..", "data") : Path.Combine(contentRootPath, "data");
        return Path.GetFullPath(Path.Combine(dataFolder, "sessions.db"));
    }
}
