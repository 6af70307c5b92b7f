namespace WebApp.Sessions.Cookies;

/// <summary>Why a session cookie was ignored.</summary>
internal enum CookieRejection
{
    /// <summary>The name appeared more than once in the request.</summary>
    Duplicate,

    /// <summary>The value was longer than any value WebApp issues.</summary>
    Oversized,

    /// <summary>The value contained a character outside printable ASCII.</summary>
    NotAscii,

    /// <summary>The value was not <c>id.signature</c> in base64url.</summary>
    Malformed,

    /// <summary>No configured secret produced the signature.</summary>
    BadSignature,
}
