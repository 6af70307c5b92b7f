using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WebApp.Sessions.Options;

namespace WebApp.Sessions.Cookies;

/// <summary>
/// The HMAC keys that sign session cookies: the first signs, every one
/// verifies. With no <c>Sessions:Secrets</c> configured, one secret is
/// generated on first start and kept beside the database.
/// </summary>
internal sealed class SessionSecrets
{
    public SessionSecrets(IOptions<ServerSessionOptions> options, IHostEnvironment environment, ILogger<SessionSecrets> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);

        var configured = options.Value.Secrets.Select(s => s.Trim()).ToArray();
        if (configured.Length == 0)
        {
            var path = options.Value.ResolveDatabasePath(environment.ContentRootPath) + ".secret";
            configured = [LoadOrCreate(path)];
            SessionLog.GeneratedSecretInUse(logger, path);
        }

        Keys = configured.Select(s => Encoding.UTF8.GetBytes(s)).ToArray();
    }

    /// <summary>HMAC-SHA256 keys in order: index 0 signs.</summary>
    public IReadOnlyList<byte[]> Keys { get; }

    private static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
            return ReadGenerated(path);

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

        // The secret is written to a temporary file and moved into place, so
        // a crash never leaves a short or empty secret behind. The file is
        // owner-only from the moment it exists.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(temporary, Encoding.ASCII, fileOptions))
            writer.Write(secret);

        try
        {
            File.Move(temporary, path);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process generated one first; its secret wins.
            File.Delete(temporary);
            return ReadGenerated(path);
        }
    }

    private static string ReadGenerated(string path)
    {
        var secret = File.ReadAllText(path).Trim();
        if (secret.Length < ServerSessionOptionsValidator.MinSecretLength)
            throw new InvalidOperationException(
                $"The generated secret file '{path}' contains {secret.Length} characters; a secret needs at least "
                + $"{ServerSessionOptionsValidator.MinSecretLength}. Delete the file to generate a new secret, or set Sessions:Secrets.");
        return secret;
    }
}
