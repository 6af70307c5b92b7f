using Microsoft.Extensions.Options;
using WebApp.Sessions.Options;

namespace WebApp.Sessions.Cookies;

/// <summary>
/// Finds the session cookie in a <c>Cookie</c> header and verifies it.
/// Reading never throws: anything but exactly one well-formed, validly
/// signed value means "no session".
/// </summary>
/// <remarks>
/// Two cookies of the session's name in one request are both ignored,
/// whatever their order. A browser sends two only when another path or
/// domain set one, and picking either would let such a cookie fix the
/// session ID.
/// </remarks>
internal sealed class SessionCookieReader(
    SessionIdSigner signer,
    RejectedCookieLog rejections,
    IOptions<ServerSessionOptions> options)
{
    /// <summary>Longest cookie value this reader looks at.</summary>
    public const int MaxValueLength = 128;

    // Only the whitespace that RFC 6265 allows around pairs. Browsers keep
    // other Unicode spaces as part of the name or value, so trimming them
    // here would accept a cookie that the expiring Set-Cookie cannot delete.
    private const string Whitespace = " \t";

    private readonly string _name = options.Value.Cookie.Name;

    public SessionCookieValue? Read(string? cookieHeader)
    {
        if (string.IsNullOrEmpty(cookieHeader))
            return null;

        var (value, count) = FindValue(cookieHeader);
        if (count == 0)
            return null;

        var rejection = Check(value.Span, count);
        if (rejection is not null)
        {
            rejections.Record(rejection.Value);
            return null;
        }

        var id = signer.Verify(value.ToString(), out var signedWithOldSecret);
        if (id is null)
        {
            rejections.Record(CookieRejection.BadSignature);
            return null;
        }

        return new SessionCookieValue(id, signedWithOldSecret);
    }

    private static CookieRejection? Check(ReadOnlySpan<char> value, int count)
    {
        if (count > 1)
            return CookieRejection.Duplicate;
        if (value.Length > MaxValueLength)
            return CookieRejection.Oversized;
        foreach (var c in value)
        {
            if (c is < '!' or > '~')
                return CookieRejection.NotAscii;
        }

        return value.Length == SessionIdSigner.SignedLength ? null : CookieRejection.Malformed;
    }

    // Splits "a=1; b=2" on ';' and returns the first value named _name and
    // how many pairs carry that name. Pairs without '=' are skipped.
    private (ReadOnlyMemory<char> Value, int Count) FindValue(string header)
    {
        ReadOnlyMemory<char> found = default;
        var count = 0;
        foreach (var range in header.AsSpan().Split(';'))
        {
            var pair = header.AsMemory(range).Trim(Whitespace);
            var equals = pair.Span.IndexOf('=');
            if (equals < 0 || !pair.Span[..equals].Trim(Whitespace).SequenceEqual(_name))
                continue;

            if (count++ == 0)
                found = pair[(equals + 1)..].Trim(Whitespace);
        }

        return (found, count);
    }
}
