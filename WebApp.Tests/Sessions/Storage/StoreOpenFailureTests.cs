using WebApp.Sessions.Options;
using WebApp.Sessions.Storage.LiteDb;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Storage;

/// <summary>Database paths that cannot be opened. The error must name the path.</summary>
public sealed class StoreOpenFailureTests : IDisposable
{
    private readonly string _folder = TestFolder.Create();

    public void Dispose() => TestFolder.Delete(_folder);

    /// <summary>
    /// Files that are not LiteDB databases. LiteDB 5.0.21 writes a new
    /// database over a file shorter than one 8 KiB page. It fails on a longer
    /// one while reading the header, after cutting it to whole pages.
    /// </summary>
    public static TheoryData<string> ForeignFiles =>
        ["short text file", "random 100 bytes", "random 10000 bytes", "random 16 KiB"];

    [Theory]
    [MemberData(nameof(ForeignFiles))]
    public void Open_ForeignFileThrowsNamingPath(string kind)
    {
        var path = WriteForeignFile(kind);

        var error = TryOpen(path);

        var invalid = Assert.IsType<InvalidOperationException>(error);
        Assert.Contains(path, invalid.Message);
    }

    [Theory]
    [MemberData(nameof(ForeignFiles))]
    public void Open_ForeignFileLeftUnchanged(string kind)
    {
        var path = WriteForeignFile(kind);
        var before = File.ReadAllBytes(path);

        TryOpen(path);

        Assert.Equal(before.Length, new FileInfo(path).Length);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [MemberData(nameof(ForeignFiles))]
    public void Open_FailureReleasesFileLock(string kind)
    {
        var path = WriteForeignFile(kind);

        TryOpen(path);

        using var fileLock = DatabaseFileLock.Acquire(path);
        Assert.NotNull(fileLock);
    }

    [Fact]
    public void Open_PathUnderFileThrowsNamingPath()
    {
        var file = Path.Combine(_folder, "plain.txt");
        File.WriteAllText(file, "a file, not a folder");
        var path = Path.Combine(file, "data", "sessions.db");

        var error = TryOpen(path);

        var invalid = Assert.IsType<InvalidOperationException>(error);
        Assert.Contains(path, invalid.Message);
    }

    [Fact]
    public void Open_PathIsFolderThrowsNamingPath()
    {
        var path = Path.Combine(_folder, "sessions.db");
        Directory.CreateDirectory(path);

        var error = TryOpen(path);

        var invalid = Assert.IsType<InvalidOperationException>(error);
        Assert.Contains(path, invalid.Message);
    }

    [Fact]
    public void Open_EmptyFileCreatesDatabase()
    {
        var path = Path.Combine(_folder, "sessions.db");
        File.WriteAllBytes(path, []);

        var error = TryOpen(path);

        Assert.Null(error);
    }

    /// <summary>Opens and closes a store on the path. Returns the exception it threw, or null.</summary>
    private Exception? TryOpen(string path)
    {
        var options = new ServerSessionOptions { DatabasePath = path };
        try
        {
            TempSessionStore.Open(options, _folder, TestClock.Create()).Dispose();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private string WriteForeignFile(string kind)
    {
        var path = Path.Combine(_folder, "sessions.db");
        var random = new Random(20240601);
        var content = kind switch
        {
            "random 100 bytes" => RandomBytes(random, 100),
            "random 10000 bytes" => RandomBytes(random, 10_000),
            "random 16 KiB" => RandomBytes(random, 16 * 1024),
            _ => "This is a text file, not a LiteDB database.\n"u8.ToArray(),
        };
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
