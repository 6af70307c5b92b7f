namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>
/// An exclusive lock on <c>DATABASE.lock</c>, held for as long as the
/// store is open.
/// </summary>
/// <remarks>
/// LiteDB in direct mode takes no file lock on Linux, and two processes
/// writing one file corrupt it. On Unix, .NET turns FileShare.None into an
/// advisory flock that every WebApp process requests, so a second one fails
/// here instead. NOTE: setting DOTNET_SYSTEM_IO_DISABLEFILELOCKING turns
/// that flock off, and with it this protection.
/// </remarks>
internal sealed class DatabaseFileLock : IDisposable
{
    private readonly FileStream _stream;

    private DatabaseFileLock(FileStream stream) => _stream = stream;

    public static DatabaseFileLock Acquire(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            return new DatabaseFileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The session database '{databasePath}' is in use by another process: the lock file '{lockPath}' is held. "
                + "Stop the other WebApp process, or set Sessions:DatabasePath to a different file.",
                exception);
        }
    }

    public void Dispose() => _stream.Dispose();
}
