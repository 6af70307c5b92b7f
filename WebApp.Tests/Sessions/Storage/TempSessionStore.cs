using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WebApp.Sessions;
using WebApp.Sessions.Cookies;
using WebApp.Sessions.Options;
using WebApp.Sessions.Storage;
using WebApp.Sessions.Storage.LiteDb;
using WebApp.Tests.Infrastructure;
using MicrosoftOptions = Microsoft.Extensions.Options.Options;

namespace WebApp.Tests.Sessions.Storage;

/// <summary>
/// A <see cref="LiteDbSessionStore"/> on its own file in a temporary folder,
/// with a fake clock. The folder is deleted on dispose.
/// </summary>
/// <remarks>
/// <see cref="Reopen"/> and <see cref="OpenRawFile"/> close the store first,
/// because a second LiteDatabase on a file that a store has open corrupts it.
/// </remarks>
internal sealed class TempSessionStore : IDisposable
{
    private bool _open;

    public TempSessionStore(int cacheSize = 100, int maxSize = 65536)
    {
        Folder = TestFolder.Create();
        Options = new ServerSessionOptions
        {
            DatabasePath = Path.Combine(Folder, "sessions.db"),
            CacheSize = cacheSize,
            MaxSize = maxSize,
        };
        Store = Open(Options, Folder, Clock);
        _open = true;
    }

    public string Folder { get; }

    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public ServerSessionOptions Options { get; }

    public string DatabasePath => Options.DatabasePath!;

    public LiteDbSessionStore Store { get; private set; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Opens a store the way the app does, with a content root of <paramref name="contentRoot"/>.</summary>
    public static LiteDbSessionStore Open(ServerSessionOptions options, string contentRoot, TimeProvider clock) =>
        new(MicrosoftOptions.Create(options), new TestHostEnvironment(contentRoot), clock, NullLogger<LiteDbSessionStore>.Instance);

    /// <summary>Returns a store key of the form the app uses: the hash of a new session ID.</summary>
    public static string NewKey() => SessionId.ToStoreKey(SessionId.Create());

    /// <summary>Serializes a value as the app's session layer does.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, SessionJson.Options);

    public static Dictionary<string, string> Data(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => Json(v.Value), StringComparer.Ordinal);

    /// <summary>Returns a record created now that expires after <paramref name="lifetime"/>.</summary>
    public SessionRecord NewRecord(TimeSpan lifetime, IReadOnlyDictionary<string, string>? data = null) =>
        new(NewKey(), data ?? Data(("userId", "user:1")), Now, Now, Now + lifetime);

    /// <summary>Stores a new record that expires after <paramref name="lifetime"/> and returns it.</summary>
    public async Task<SessionRecord> CreateAsync(TimeSpan lifetime, IReadOnlyDictionary<string, string>? data = null)
    {
        var record = NewRecord(lifetime, data);
        await Store.CreateAsync(record);
        return record;
    }

    /// <summary>Returns an update dated now that sets the expiry to now plus <paramref name="lifetime"/>.</summary>
    public SessionUpdate Update(IReadOnlyDictionary<string, string?> changes, TimeSpan lifetime, string? newKey = null) =>
        new(changes, Now, Now + lifetime, newKey);

    /// <summary>Closes the store and opens a new one on the same file, as a restart does.</summary>
    public void Reopen()
    {
        Close();
        Store = Open(Options, Folder, Clock);
        _open = true;
    }

    /// <summary>Closes the store and opens the file with plain LiteDB, for inspection.</summary>
    public LiteDatabase OpenRawFile()
    {
        Close();
        return new LiteDatabase(new ConnectionString { Filename = DatabasePath });
    }

    public void Dispose()
    {
        Close();
        TestFolder.Delete(Folder);
    }

    private void Close()
    {
        if (_open)
            Store.Dispose();
        _open = false;
    }
}
