namespace WebApp.Sessions.Cookies;

/// <summary>A session ID taken from a cookie whose signature checked out.</summary>
/// <param name="Id">The session ID.</param>
/// <param name="SignedWithOldSecret">
/// True when a secret other than the first verified it, so the cookie
/// should be signed again with the first.
/// </param>
public readonly record struct SessionCookieValue(string Id, bool SignedWithOldSecret);
