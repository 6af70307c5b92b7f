using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WebApp.Sessions.Options;

/// <summary>
/// Checks <see cref="ServerSessionOptions"/> once at start-up, with messages that
/// name the setting and its limit.
/// </summary>
internal sealed class ServerSessionOptionsValidator : IValidateOptions<ServerSessionOptions>
{
    internal const int MinSecretLength = 32;
    internal const int MaxBatchSize = 100_000;

    // LiteDB 5 rejects documents over about 16 MB; half of that leaves room
    // for the record's other fields and for JSON that escapes characters.
    internal const int MaxMaxSize = 8 * 1024 * 1024;

    private static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    // Far beyond any real session, and small enough that adding it to the
    // current time never overflows DateTimeOffset.
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(3650);

    // PeriodicTimer accepts periods up to about 49.7 days (uint.MaxValue - 1 ms).
    private static readonly TimeSpan MaxInterval = TimeSpan.FromDays(30);

    public ValidateOptionsResult Validate(string? name, ServerSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        ValidateStore(options, failures);
        ValidateSecrets(options.Secrets, failures);
        ValidateTimes(options, failures);
        ValidateCookie(options.Cookie, failures);

        return failures.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateStore(ServerSessionOptions options, List<string> failures)
    {
        if (options.DatabasePath is not null && string.IsNullOrWhiteSpace(options.DatabasePath))
            failures.Add("Sessions:DatabasePath is empty; set it to the LiteDB file to use, or remove it for the default.");
        if (options.MaxSize is < 1 or > MaxMaxSize)
            failures.Add($"Sessions:MaxSize is {options.MaxSize}; it must be from 1 to {MaxMaxSize} bytes.");
        if (options.CacheSize < 0)
            failures.Add($"Sessions:CacheSize is {options.CacheSize}; it must be 0 (off) or more.");
        if (options.CleanupBatchSize is < 1 or > MaxBatchSize)
            failures.Add($"Sessions:CleanupBatchSize is {options.CleanupBatchSize}; it must be from 1 to {MaxBatchSize}.");
    }

    private static void ValidateSecrets(string[]? secrets, List<string> failures)
    {
        for (var i = 0; i < (secrets?.Length ?? 0); i++)
        {
            var length = secrets![i]?.Trim().Length ?? 0;
            if (length < MinSecretLength)
                failures.Add($"Sessions:Secrets:{i} is {length} characters long; each secret needs at least {MinSecretLength} (for example from 'openssl rand -base64 32').");
        }
    }

    private static void ValidateTimes(ServerSessionOptions options, List<string> failures)
    {
        // An invalid IdleTimeout is reported alone, not also as an
        // AbsoluteTimeout below it.
        var idleIsValid = options.IdleTimeout >= MinInterval && options.IdleTimeout <= MaxTimeout;
        if (!idleIsValid)
            failures.Add($"Sessions:IdleTimeout is {options.IdleTimeout}; it must be from {MinInterval} to {MaxTimeout}.");
        if ((idleIsValid && options.AbsoluteTimeout < options.IdleTimeout) || options.AbsoluteTimeout > MaxTimeout)
            failures.Add($"Sessions:AbsoluteTimeout is {options.AbsoluteTimeout}; it must be from Sessions:IdleTimeout ({options.IdleTimeout}) to {MaxTimeout}.");
        if (options.CleanupInterval != TimeSpan.Zero && (options.CleanupInterval < MinInterval || options.CleanupInterval > MaxInterval))
            failures.Add($"Sessions:CleanupInterval is {options.CleanupInterval}; it must be 00:00:00 (off) or from {MinInterval} to {MaxInterval}.");
    }

    private static void ValidateCookie(SessionCookieOptions cookie, List<string> failures)
    {
        if (!SessionCookieName.IsValid(cookie.Name))
            failures.Add($"Sessions:Cookie:Name '{cookie.Name}' is not a valid cookie name; use letters, digits and '-', '_' or '.'.");
        if (cookie.SameSite is not (SameSiteMode.Lax or SameSiteMode.Strict or SameSiteMode.None))
            failures.Add($"Sessions:Cookie:SameSite is {cookie.SameSite}; it must be Lax, Strict or None.");
        if (cookie.SecurePolicy is not (CookieSecurePolicy.SameAsRequest or CookieSecurePolicy.Always))
            failures.Add($"Sessions:Cookie:SecurePolicy is {cookie.SecurePolicy}; it must be SameAsRequest or Always.");
        if (cookie.SameSite == SameSiteMode.None && cookie.SecurePolicy != CookieSecurePolicy.Always)
            failures.Add("Sessions:Cookie:SameSite=None needs Sessions:Cookie:SecurePolicy=Always, because browsers drop SameSite=None cookies that are not Secure.");
    }
}
