using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WebApp.Sessions.Cookies;

/// <summary>
/// Signs a session ID as <c>id.signature</c> with HMAC-SHA256 and checks
/// such values against every configured secret.
/// </summary>
internal sealed class SessionIdSigner(SessionSecrets secrets)
{
    /// <summary>Length of a signed value: ID, dot, signature.</summary>
    public const int SignedLength = SessionId.EncodedLength * 2 + 1;

    public string Sign(string id) => $"{id}.{Base64Url.EncodeToString(Compute(secrets.Keys[0], id))}";

    /// <summary>
    /// Verifies a signed value. Returns the ID, or null when the value is
    /// malformed or no secret produced its signature; sets
    /// <paramref name="signedWithOldSecret"/> when a secret other than the
    /// first one did.
    /// </summary>
    public string? Verify(string value, out bool signedWithOldSecret)
    {
        signedWithOldSecret = false;
        var dot = value.IndexOf('.');
        if (value.Length != SignedLength || dot != SessionId.EncodedLength)
            return null;

        var id = value[..dot];
        var signature = value.AsSpan(dot + 1);
        if (!SessionId.IsWellFormed(id) || !SessionId.IsWellFormed(signature))
            return null;

        // The signature is compared in its encoded form, so untrusted input
        // is never decoded, and a second spelling of the same bytes (other
        // unused low bits in the last character) does not verify.
        Span<byte> received = stackalloc byte[SessionId.EncodedLength];
        Encoding.ASCII.GetBytes(signature, received);
        for (var i = 0; i < secrets.Keys.Count; i++)
        {
            var expected = Encoding.ASCII.GetBytes(Base64Url.EncodeToString(Compute(secrets.Keys[i], id)));
            if (CryptographicOperations.FixedTimeEquals(expected, received))
            {
                signedWithOldSecret = i > 0;
                return id;
            }
        }

        return null;
    }

    private static byte[] Compute(byte[] key, string id) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(id));

}
