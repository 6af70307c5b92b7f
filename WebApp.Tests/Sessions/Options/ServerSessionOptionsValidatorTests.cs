using Microsoft.AspNetCore.Http;
using WebApp.Sessions.Options;

namespace WebApp.Tests.Sessions.Options;

public sealed class ServerSessionOptionsValidatorTests
{
    private const string ValidSecret = "0123456789abcdef0123456789abcdef";

    private static readonly Dictionary<string, Action<ServerSessionOptions>> InvalidSettings = new()
    {
        ["secret of 31 characters"] = o => o.Secrets = [ValidSecret[..31]],
        ["secret of spaces"] = o => o.Secrets = [new string(' ', 40)],
        ["second secret short"] = o => o.Secrets = [ValidSecret, "short"],
        ["IdleTimeout 0"] = o => o.IdleTimeout = TimeSpan.Zero,
        ["IdleTimeout negative"] = o => o.IdleTimeout = TimeSpan.FromMinutes(-1),
        ["AbsoluteTimeout below IdleTimeout"] = o => o.AbsoluteTimeout = o.IdleTimeout - TimeSpan.FromSeconds(1),
        ["CleanupInterval 500 ms"] = o => o.CleanupInterval = TimeSpan.FromMilliseconds(500),
        ["CleanupInterval negative"] = o => o.CleanupInterval = TimeSpan.FromSeconds(-1),
        ["CacheSize negative"] = o => o.CacheSize = -1,
        ["IdleTimeout over 3650 days"] = o => o.IdleTimeout = TimeSpan.FromDays(3651),
        ["AbsoluteTimeout over 3650 days"] = o => o.AbsoluteTimeout = TimeSpan.FromDays(3650_000),
        ["CleanupInterval over 30 days"] = o => o.CleanupInterval = TimeSpan.FromDays(60),
        ["MaxSize 0"] = o => o.MaxSize = 0,
        ["MaxSize over 8 MiB"] = o => o.MaxSize = 8 * 1024 * 1024 + 1,
        ["CleanupBatchSize 0"] = o => o.CleanupBatchSize = 0,
        ["CleanupBatchSize over 100000"] = o => o.CleanupBatchSize = 100_001,
        ["DatabasePath empty"] = o => o.DatabasePath = " ",
        ["cookie name with space"] = o => o.Cookie.Name = "a b",
        ["cookie name empty"] = o => o.Cookie.Name = "",
        ["cookie name with semicolon"] = o => o.Cookie.Name = "a;b",
        ["cookie name of 65 characters"] = o => o.Cookie.Name = new string('a', 65),
        ["SameSite Unspecified"] = o => o.Cookie.SameSite = SameSiteMode.Unspecified,
        ["SecurePolicy None"] = o => o.Cookie.SecurePolicy = CookieSecurePolicy.None,
        ["SameSite None over SameAsRequest"] = o => o.Cookie.SameSite = SameSiteMode.None,
    };

    private static readonly Dictionary<string, Action<ServerSessionOptions>> ValidSettings = new()
    {
        ["secret of 32 characters"] = o => o.Secrets = [ValidSecret],
        ["two secrets"] = o => o.Secrets = [ValidSecret, ValidSecret + "x"],
        ["IdleTimeout 1 s"] = o => (o.IdleTimeout, o.AbsoluteTimeout) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
        ["CleanupInterval off"] = o => o.CleanupInterval = TimeSpan.Zero,
        ["CleanupInterval 1 s"] = o => o.CleanupInterval = TimeSpan.FromSeconds(1),
        ["CleanupInterval 30 days"] = o => o.CleanupInterval = TimeSpan.FromDays(30),
        ["timeouts of 3650 days"] = o => (o.IdleTimeout, o.AbsoluteTimeout) = (TimeSpan.FromDays(3650), TimeSpan.FromDays(3650)),
        ["CacheSize 0"] = o => o.CacheSize = 0,
        ["MaxSize 1"] = o => o.MaxSize = 1,
        ["MaxSize 8 MiB"] = o => o.MaxSize = 8 * 1024 * 1024,
        ["CleanupBatchSize 100000"] = o => o.CleanupBatchSize = 100_000,
        ["cookie name of 64 characters"] = o => o.Cookie.Name = new string('a', 64),
        ["cookie name with -_."] = o => o.Cookie.Name = "my-app_session.id",
        ["SameSite Strict"] = o => o.Cookie.SameSite = SameSiteMode.Strict,
        ["SameSite None with Always"] = o => (o.Cookie.SameSite, o.Cookie.SecurePolicy) = (SameSiteMode.None, CookieSecurePolicy.Always),
    };

    public static TheoryData<string, string> InvalidCases => new()
    {
        { "secret of 31 characters", "Sessions:Secrets:0" },
        { "secret of spaces", "Sessions:Secrets:0" },
        { "second secret short", "Sessions:Secrets:1" },
        { "IdleTimeout 0", "Sessions:IdleTimeout" },
        { "IdleTimeout negative", "Sessions:IdleTimeout" },
        { "AbsoluteTimeout below IdleTimeout", "Sessions:AbsoluteTimeout" },
        { "CleanupInterval 500 ms", "Sessions:CleanupInterval" },
        { "CleanupInterval negative", "Sessions:CleanupInterval" },
        { "CacheSize negative", "Sessions:CacheSize" },
        { "IdleTimeout over 3650 days", "Sessions:IdleTimeout" },
        { "AbsoluteTimeout over 3650 days", "Sessions:AbsoluteTimeout" },
        { "CleanupInterval over 30 days", "Sessions:CleanupInterval" },
        { "MaxSize 0", "Sessions:MaxSize" },
        { "MaxSize over 8 MiB", "Sessions:MaxSize" },
        { "CleanupBatchSize 0", "Sessions:CleanupBatchSize" },
        { "CleanupBatchSize over 100000", "Sessions:CleanupBatchSize" },
        { "DatabasePath empty", "Sessions:DatabasePath" },
        { "cookie name with space", "Sessions:Cookie:Name" },
        { "cookie name empty", "Sessions:Cookie:Name" },
        { "cookie name with semicolon", "Sessions:Cookie:Name" },
        { "cookie name of 65 characters", "Sessions:Cookie:Name" },
        { "SameSite Unspecified", "Sessions:Cookie:SameSite" },
        { "SecurePolicy None", "Sessions:Cookie:SecurePolicy" },
        { "SameSite None over SameAsRequest", "Sessions:Cookie:SecurePolicy" },
    };

    public static TheoryData<string> ValidCases => [.. ValidSettings.Keys];

    [Fact]
    public void Validate_DefaultsAreValid()
    {
        var result = Validate(new ServerSessionOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Validate_BoundaryValuesAreValid(string setting)
    {
        var options = new ServerSessionOptions();
        ValidSettings[setting](options);

        var result = Validate(options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Validate_InvalidSettingNamesIt(string setting, string name)
    {
        var options = new ServerSessionOptions();
        InvalidSettings[setting](options);

        var result = Validate(options);

        Assert.True(result.Failed, $"'{setting}' should fail validation.");
        var failure = Assert.Single(result.Failures!);
        Assert.Contains(name, failure);
    }

    [Fact]
    public void InvalidCases_CoverEverySetting()
    {
        var cases = InvalidCases.Select(row => (string)row[0]);

        Assert.Equal(InvalidSettings.Keys.Order(), cases.Order());
    }

    [Fact]
    public void Validate_ListsEveryFailure()
    {
        var options = new ServerSessionOptions { MaxSize = 0, CacheSize = -1, IdleTimeout = TimeSpan.Zero };

        var result = Validate(options);

        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void Validate_ShortSecretMessageHidesSecret()
    {
        const string secret = "do-not-log-this-secret";
        var options = new ServerSessionOptions { Secrets = [secret] };

        var result = Validate(options);

        Assert.DoesNotContain(secret, result.FailureMessage);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(ServerSessionOptions options) =>
        new ServerSessionOptionsValidator().Validate(null, options);
}
