using WebApp.Tests.Infrastructure;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WebApp.Sessions.Cookies;
using WebApp.Sessions.Options;

namespace WebApp.Tests.Sessions.Cookies;

/// <summary>Signing services built without a host, and helpers for signed cookie values.</summary>
internal static class TestSigning
{
    public const string SecretA = "secret-a-0123456789abcdef0123456789abcdef";
    public const string SecretB = "secret-b-0123456789abcdef0123456789abcdef";

    /// <summary>
    /// Builds <see cref="SessionSecrets"/> as the app does. The database path
    /// matters only when <paramref name="secrets"/> is empty, because the
    /// generated secret is kept beside the database.
    /// </summary>
    public static SessionSecrets CreateSecrets(
        string[] secrets,
        string databasePath,
        string contentRoot = "/",
        ILogger<SessionSecrets>? logger = null)
    {
        var options = new ServerSessionOptions { Secrets = secrets, DatabasePath = databasePath };
        var environment = new TestHostEnvironment(contentRoot);
        return new SessionSecrets(Microsoft.Extensions.Options.Options.Create(options), environment, logger ?? NullLogger<SessionSecrets>.Instance);
    }

    /// <summary>Builds a signer whose first secret signs and whose every secret verifies.</summary>
    public static SessionIdSigner CreateSigner(params string[] secrets)
    {
        // With secrets configured no file is read or written, so the path is never touched.
        var unusedPath = Path.Combine(Path.GetTempPath(), "webapp-tests", "unused", "sessions.db");
        return new SessionIdSigner(CreateSecrets(secrets, unusedPath));
    }

    /// <summary>Returns the session ID part of an <c>id.signature</c> cookie value.</summary>
    public static string IdOf(string cookieValue) => cookieValue.Split('.')[0];

    /// <summary>Returns the signature part of an <c>id.signature</c> cookie value.</summary>
    public static string SignatureOf(string cookieValue) => cookieValue.Split('.')[1];

    /// <summary>
    /// Changes the last character of a signed value so that the signature is
    /// wrong and the two trailing bits, which a canonical base64url encoding
    /// of 32 bytes leaves at zero, are not zero. With the .NET 10.0.401 SDK,
    /// <c>Base64Url.TryDecodeFromChars</c> throws FormatException on such a
    /// value instead of returning false.
    /// </summary>
    public static string WithNonZeroPadBits(string cookieValue)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        // XOR 4 flips the lowest data bit, XOR 1 sets the lowest pad bit.
        var last = alphabet.IndexOf(cookieValue[^1], StringComparison.Ordinal);
        return cookieValue[..^1] + alphabet[last ^ 5];
    }
}
