using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Storage;

/// <summary>The database files hold session data, so only their owner may read them.</summary>
public sealed class LiteDbFilePermissionTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task NewDatabase_FilesAreOwnerOnly()
    {
        await using var host = new AppHost();
        using var browser = host.CreateBrowser();
        await browser.UserIdAsync();

        foreach (var file in new[] { host.DatabasePath, Path.Combine(host.Folder, "sessions-log.db") })
        {
            Assert.True(File.Exists(file), $"{file} is missing.");
            var mode = File.GetUnixFileMode(file);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        }
    }
}
