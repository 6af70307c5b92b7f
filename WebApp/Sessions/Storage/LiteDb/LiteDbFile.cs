using LiteDB;

namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>Opens the database file and converts dates to and from LiteDB's form.</summary>
internal static class LiteDbFile
{
    /// <summary>
    /// Locks and opens the database, creating its folder if needed, with
    /// LiteDB's <c>UtcDate</c> pragma set so that dates read back as UTC
    /// whatever the machine's time zone. Throws with the path and a next
    /// step when the file cannot be locked or opened.
    /// </summary>
    public static (DatabaseFileLock Lock, LiteDatabase Database) Open(string path)
    {
        CreateFolder(path);
        var fileLock = DatabaseFileLock.Acquire(path);
        try
        {
            var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            database.UtcDate = true;
            return (fileLock, database);
        }
        catch (Exception exception) when (exception is LiteException or IOException or UnauthorizedAccessException)
        {
            fileLock.Dispose();
            throw new InvalidOperationException(
                $"Could not open the session database '{path}': {exception.Message} "
                + "Check that it is a LiteDB 5 file that WebApp may write, or set Sessions:DatabasePath to another file.",
                exception);
        }
    }

    /// <summary>
    /// Converts to what LiteDB keeps: a UTC instant truncated to whole
    /// milliseconds. Cached records use the same value, so the cache and the
    /// file agree to the millisecond.
    /// </summary>
    public static DateTime ToStoredDate(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }

    public static DateTimeOffset FromStoredDate(DateTime value) =>
        new(value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(), TimeSpan.Zero);

    private static void CreateFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Could not create the folder of the session database '{path}': {exception.Message} "
                + "Set Sessions:DatabasePath to a path WebApp may write.",
                exception);
        }
    }
}
