using System.Runtime.Versioning;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebApp.Sessions.Cookies;
using WebApp.Tests.Infrastructure;
using static WebApp.Tests.Sessions.Cookies.TestSigning;

namespace WebApp.Tests.Sessions.Cookies;

public sealed class SessionSecretsTests : IDisposable
{
    private const int GeneratedSecretWarning = 10;
    private const int MinSecretLength = 32;

    private readonly string _folder = TestFolder.Create();
    private readonly TestLog _log = new();
    private readonly LoggerFactory _loggerFactory;

    public SessionSecretsTests() => _loggerFactory = new LoggerFactory([_log]);

    private string DatabasePath => Path.Combine(_folder, "sessions.db");

    private string SecretPath => DatabasePath + ".secret";

    public void Dispose()
    {
        _loggerFactory.Dispose();
        TestFolder.Delete(_folder);
    }

    [Fact]
    public void NoSecrets_GeneratesSecretFile()
    {
        var secrets = CreateGenerated();

        Assert.True(File.Exists(SecretPath), $"Expected a secret file at {SecretPath}.");
        Assert.Single(secrets.Keys);
        Assert.True(secrets.Keys[0].Length >= MinSecretLength, $"The generated key is {secrets.Keys[0].Length} bytes.");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void NoSecrets_SecretFileIsOwnerOnly()
    {
        CreateGenerated();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretPath));
    }

    [Fact]
    public void NoSecrets_ReusesSecretFile()
    {
        var first = CreateGenerated();
        var fileText = File.ReadAllText(SecretPath);

        var second = CreateGenerated();

        Assert.Equal(first.Keys[0], second.Keys[0]);
        Assert.Equal(fileText, File.ReadAllText(SecretPath));
    }

    [Fact]
    public void NoSecrets_CookieSurvivesRestart()
    {
        var id = SessionId.Create();
        var value = new SessionIdSigner(CreateGenerated()).Sign(id);

        var restarted = new SessionIdSigner(CreateGenerated());

        Assert.Equal(id, restarted.Verify(value, out _));
    }

    [Fact]
    public void NoSecrets_LogsWarningWithPath()
    {
        CreateGenerated();

        var warning = Assert.Single(_log.Events(GeneratedSecretWarning));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(SecretPath, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSecrets_WarningOmitsSecret()
    {
        CreateGenerated();

        var secret = File.ReadAllText(SecretPath).Trim();
        var warning = Assert.Single(_log.Events(GeneratedSecretWarning));
        Assert.DoesNotContain(secret, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSecrets_ResolvesRelativePathAgainstContentRoot()
    {
        CreateSecrets([], "data/sessions.db", contentRoot: _folder, logger: Logger());

        Assert.True(File.Exists(Path.Combine(_folder, "data", "sessions.db.secret")));
    }

    // A secret file left empty or cut short, say by a crash while it was
    // written, must not become the HMAC key, because anyone can compute an
    // HMAC under an empty key. Failing start-up is as good as a new secret.
    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("short")]
    public void NoSecrets_NeverUsesShortSecretFile(string fileText)
    {
        File.WriteAllText(SecretPath, fileText);

        var keys = TryCreateKeys();

        Assert.True(
            keys is null || keys[0].Length >= MinSecretLength,
            $"A secret file of {fileText.Length} characters ('{fileText.Trim()}') became a {keys?[0].Length}-byte key.");
    }

    [Fact]
    public void ConfiguredSecrets_KeepOrder()
    {
        var secrets = CreateSecrets([SecretB, SecretA], DatabasePath, logger: Logger());

        Assert.Equal(2, secrets.Keys.Count);
        Assert.Equal(Encoding.UTF8.GetBytes(SecretB), secrets.Keys[0]);
        Assert.Equal(Encoding.UTF8.GetBytes(SecretA), secrets.Keys[1]);
    }

    [Fact]
    public void ConfiguredSecrets_AreTrimmed()
    {
        var secrets = CreateSecrets([$"  {SecretA}\n"], DatabasePath, logger: Logger());

        Assert.Equal(Encoding.UTF8.GetBytes(SecretA), secrets.Keys[0]);
    }

    [Fact]
    public void ConfiguredSecrets_WriteNoFileOrWarning()
    {
        CreateSecrets([SecretA], DatabasePath, logger: Logger());

        Assert.False(File.Exists(SecretPath), $"Expected no secret file at {SecretPath}.");
        Assert.Empty(_log.Events(GeneratedSecretWarning));
    }

    private SessionSecrets CreateGenerated() => CreateSecrets([], DatabasePath, logger: Logger());

    // Returns null when the constructor throws, which fails the host's start-up.
    private IReadOnlyList<byte[]>? TryCreateKeys()
    {
        try
        {
            return CreateGenerated().Keys;
        }
        catch (Exception exception) when (exception is InvalidOperationException or OptionsValidationException or IOException)
        {
            return null;
        }
    }

    private ILogger<SessionSecrets> Logger() => _loggerFactory.CreateLogger<SessionSecrets>();
}
