using LiteDB;

namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>Opens the database file and converts dates to and from LiteDB's form.</summary>
internal static class LiteDbFile
{
    // The start of a LiteDB 5 file: the header text at byte 32 of the first
    // 8 KiB page, followed by the file format version, 8.
    private const int PageSize = 8192;
    private const int HeaderOffset = 32;
    private const byte FileVersion = 8;
    private static readonly byte[] HeaderText = "** This is a LiteDB file **"u8.ToArray();

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
            EnsureLiteDbOrEmpty(path);
            CreateOwnerOnly(path);
            CreateOwnerOnly(LogPath(path));
            var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            database.UtcDate = true;
            return (fileLock, database);
        }
        catch (Exception exception)
        {
            fileLock.Dispose();
            if (exception is InvalidOperationException)
                throw;

            // LiteDB reports a damaged file with whatever exception its
            // reader hits (an ArgumentOutOfRangeException among them).
            throw new InvalidOperationException(
                $"Could not open the session database '{path}': {exception.Message} "
                + "Check that it is a LiteDB 5 file that WebApp may write, or set Sessions:DatabasePath to another file.",
                exception);
        }
    }

    // LiteDB 5.0.21 writes a new database over any existing file shorter
    // than one page, so a path that names some other file by mistake would
    // destroy it. An existing, non-empty file must start like a LiteDB 5
    // database before LiteDB opens it.
    private static void EnsureLiteDbOrEmpty(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
            return;

        Span<byte> header = stackalloc byte[HeaderOffset + HeaderText.Length + 1];
        using (var stream = file.OpenRead())
            stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);

        var isLiteDb = file.Length >= PageSize
            && header[HeaderOffset..^1].SequenceEqual(HeaderText)
            && header[^1] == FileVersion;
        if (!isLiteDb)
            throw new InvalidOperationException(
                $"The session database '{path}' exists but is not a LiteDB 5 file, so WebApp leaves it untouched. "
                + "Set Sessions:DatabasePath to another file, or move this one away.");
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

    /// <summary>Returns the path of LiteDB's log file: <c>NAME-log.EXT</c> beside the database.</summary>
    public static string LogPath(string path) => Path.Combine(
        Path.GetDirectoryName(path)!,
        Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    // LiteDB creates its files with the process's umask, often readable by
    // every user. An empty file created first with mode 0600 keeps session
    // data to the owner; LiteDB writes into the existing file.
    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path))
            return;

        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        try
        {
            using var _ = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
        }
    }

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
