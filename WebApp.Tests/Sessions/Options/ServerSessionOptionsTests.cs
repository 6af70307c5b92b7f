using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using WebApp.Sessions.Options;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Options;

public sealed class ServerSessionOptionsTests
{
    [Fact]
    public void Defaults_MatchDocumentedValues()
    {
        var options = new ServerSessionOptions();

        Assert.Null(options.DatabasePath);
        Assert.Empty(options.Secrets);
        Assert.Equal(TimeSpan.FromMinutes(20), options.IdleTimeout);
        Assert.Equal(TimeSpan.FromDays(1), options.AbsoluteTimeout);
        Assert.Equal(TimeSpan.FromMinutes(1), options.CleanupInterval);
        Assert.Equal(65536, options.MaxSize);
        Assert.Equal("SESSION_ID", options.Cookie.Name);
        Assert.Equal(SameSiteMode.Lax, options.Cookie.SameSite);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, options.Cookie.SecurePolicy);
    }

    [Fact]
    public void SingleSecretValue_CountsAsOneSecret()
    {
        var secret = new string('s', 40);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sessions:Secrets"] = secret })
            .Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IConfiguration>(services, configuration);
        WebApp.Sessions.Hosting.SessionServiceCollectionExtensions.AddServerSessions(services);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var options = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IOptions<ServerSessionOptions>>(provider).Value;

        Assert.Equal([secret], options.Secrets);
    }

    [Fact]
    public void DefaultPath_UnderPublishedContentRoot()
    {
        var root = TestFolder.Create();
        try
        {
            var path = new ServerSessionOptions().ResolveDatabasePath(root);

            Assert.Equal(Path.Combine(root, "data", "sessions.db"), path);
        }
        finally
        {
            TestFolder.Delete(root);
        }
    }

    [Fact]
    public void DefaultPath_BesideProjectFolder()
    {
        var repository = TestFolder.Create();
        var project = Path.Combine(repository, "WebApp");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "WebApp.csproj"), "<Project />");
        try
        {
            var path = new ServerSessionOptions().ResolveDatabasePath(project);

            Assert.Equal(Path.Combine(repository, "data", "sessions.db"), path);
        }
        finally
        {
            TestFolder.Delete(repository);
        }
    }

    [Fact]
    public void ResolveDatabasePath_RelativeUsesContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "content-root");
        var options = new ServerSessionOptions { DatabasePath = "data/../store/sessions.db" };

        var path = options.ResolveDatabasePath(root);

        Assert.Equal(Path.Combine(root, "store", "sessions.db"), path);
    }

    [Fact]
    public void ResolveDatabasePath_AbsoluteIgnoresContentRoot()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere", "sessions.db");
        var options = new ServerSessionOptions { DatabasePath = absolute };

        var path = options.ResolveDatabasePath(Path.Combine(Path.GetTempPath(), "content-root"));

        Assert.Equal(absolute, path);
    }

    [Fact]
    public void Bind_ReadsContractSettingNames()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sessions:DatabasePath"] = "other.db",
                ["Sessions:Secrets:0"] = "first",
                ["Sessions:Secrets:1"] = "second",
                ["Sessions:IdleTimeout"] = "00:05:00",
                ["Sessions:AbsoluteTimeout"] = "02:00:00",
                ["Sessions:CleanupInterval"] = "00:00:00",
                ["Sessions:MaxSize"] = "1024",
                ["Sessions:Cookie:Name"] = "SID",
                ["Sessions:Cookie:SameSite"] = "Strict",
                ["Sessions:Cookie:SecurePolicy"] = "Always",
            })
            .Build();

        var options = configuration.GetSection(ServerSessionOptions.SectionName).Get<ServerSessionOptions>()!;

        Assert.Equal("other.db", options.DatabasePath);
        Assert.Equal(["first", "second"], options.Secrets);
        Assert.Equal(TimeSpan.FromMinutes(5), options.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(2), options.AbsoluteTimeout);
        Assert.Equal(TimeSpan.Zero, options.CleanupInterval);
        Assert.Equal(1024, options.MaxSize);
        Assert.Equal("SID", options.Cookie.Name);
        Assert.Equal(SameSiteMode.Strict, options.Cookie.SameSite);
        Assert.Equal(CookieSecurePolicy.Always, options.Cookie.SecurePolicy);
    }

    [Fact]
    public async Task Host_ShortSecretFailsToStart()
    {
        await using var host = new AppHost(new Dictionary<string, string?> { ["Sessions:Secrets:0"] = "short" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Address);

        Assert.Contains("Sessions:Secrets", error.Message);
    }

    [Fact]
    public async Task Host_InvalidCookieNameFailsToStart()
    {
        await using var host = new AppHost(new Dictionary<string, string?> { ["Sessions:Cookie:Name"] = "a;b" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Address);

        Assert.Contains("Sessions:Cookie:Name", error.Message);
    }
}
