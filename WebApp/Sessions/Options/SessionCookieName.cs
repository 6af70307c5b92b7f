namespace WebApp.Sessions.Options;

/// <summary>Checks a cookie name against a safe subset of the RFC 6265 token.</summary>
internal static class SessionCookieName
{
    private const int MaxLength = 64;

    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name)
        && name.Length <= MaxLength
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
