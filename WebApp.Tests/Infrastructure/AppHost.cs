using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WebApp.Sessions.Cookies;
using WebApp.Sessions.Storage;
using WebApp.Sessions.Storage.LiteDb;

namespace WebApp.Tests.Infrastructure;

/// <summary>
/// WebApp on real Kestrel at a loopback port, with its own LiteDB file in a
/// temporary folder, a fake clock, a store with fault switches, and
/// captured logs.
/// </summary>
public sealed class AppHost : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-0123456789abcdef0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsFolder;

    public AppHost(IReadOnlyDictionary<string, string?>? settings = null, string? folder = null, FakeTimeProvider? clock = null)
    {
        // A folder passed in outlives this host, so that a second host can
        // open the same database; only a folder made here is deleted.
        _ownsFolder = folder is null;
        Folder = folder ?? TestFolder.Create();
        Clock = clock ?? TestClock.Create();
        _settings = new Dictionary<string, string?>
        {
            ["Sessions:DatabasePath"] = DatabasePath,
            ["Sessions:Secrets:0"] = Secret,
            ["Sessions:CleanupInterval"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            _settings[key] = value;

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "sessions.db");

    public FakeTimeProvider Clock { get; }

    public TestLog Log { get; } = new();

    public FaultyStore Store => Services.GetRequiredService<FaultyStore>();

    internal LiteDbSessionStore LiteDb => Services.GetRequiredService<LiteDbSessionStore>();

    /// <summary>The server's address; starts the server on first use.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    public TestBrowser CreateBrowser() => new(Address);

    /// <summary>Reads the record behind a cookie value from the file, expired or not.</summary>
    public SessionRecord? ReadStoredRecord(string cookieValue) =>
        LiteDb.ReadFromFile(SessionId.ToStoreKey(cookieValue.Split('.')[0]));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);

        builder.ConfigureTestServices(services =>
        {
            // Antiforgery tokens are protected with these keys. The default
            // folder under the home directory is shared by every host that
            // runs in parallel, and it is created at first use.
            services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Folder, "keys")));
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Log);
            services.AddSingleton<LiteDbSessionStore>();
            services.AddSingleton(provider => new FaultyStore(provider.GetRequiredService<LiteDbSessionStore>()));
            services.AddSingleton<ISessionStore>(provider => provider.GetRequiredService<FaultyStore>());
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsFolder)
            TestFolder.Delete(Folder);
    }
}
