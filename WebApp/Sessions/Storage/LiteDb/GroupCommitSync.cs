namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>
/// Makes LiteDB commits durable by calling fsync on the log and data files
/// after them, with one fsync serving every commit that waits at that
/// moment (group commit).
/// </summary>
/// <remarks>
/// LiteDB 5.0.21 writes each commit to its log file without an fsync, so a
/// commit survives a crash of the process but not of the machine. A write
/// is reported as done only once an fsync that started after its commit has
/// finished. NOTE: LiteDB's checkpoint copies the log into the data file
/// and truncates the log without an fsync in between, so a power cut during
/// a checkpoint can still lose commits that were already reported as done.
/// </remarks>
internal sealed class GroupCommitSync(string databasePath)
{
    private readonly Lock _lock = new();
    private readonly string _dataPath = databasePath;
    private readonly string _logPath = LiteDbFile.LogPath(databasePath);

    private long _committed;
    private long _synced;
    private long _syncCount;
    private Task? _running;

    /// <summary>How many fsync rounds ran, for tests and diagnostics.</summary>
    internal long SyncCount => Interlocked.Read(ref _syncCount);

    /// <summary>Records a commit and returns its number. Call it right after the commit.</summary>
    public long Committed()
    {
        lock (_lock)
            return ++_committed;
    }

    /// <summary>
    /// Waits until the commit numbered <paramref name="commit"/> is on disk,
    /// starting an fsync when none is running. Throws when the fsync fails.
    /// </summary>
    public async ValueTask WaitAsync(long commit)
    {
        while (true)
        {
            Task running;
            lock (_lock)
            {
                if (_synced >= commit)
                    return;

                // A running fsync may have started before this commit, so it
                // may not cover it: wait for it, then check again.
                var covers = _committed;
                running = _running ??= Task.Run(() => Sync(covers));
            }

            await running;
        }
    }

    private void Sync(long covers)
    {
        try
        {
            Interlocked.Increment(ref _syncCount);
            SyncFile(_logPath, mayBeMissing: true);
            SyncFile(_dataPath, mayBeMissing: false);
            lock (_lock)
                _synced = Math.Max(_synced, covers);
        }
        finally
        {
            lock (_lock)
                _running = null;
        }
    }

    // fsync flushes the file itself, through whichever descriptor, so a
    // handle of our own works while LiteDB writes through its own.
    private static void SyncFile(string path, bool mayBeMissing)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            RandomAccess.FlushToDisk(handle);
        }
        catch (FileNotFoundException) when (mayBeMissing)
        {
            // LiteDB deletes an empty log file. What it held is in the data file.
        }
    }
}
