using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WebApp.Sessions.Cookies;

/// <summary>
/// Session IDs: 256 bits from a cryptographic RNG in base64url, and the
/// SHA-256 hash under which the store keeps each one.
/// </summary>
internal static class SessionId
{
    private const int ByteLength = 32;

    /// <summary>Length of an ID and of a store key: 32 bytes in base64url.</summary>
    public const int EncodedLength = 43;

    public static string Create() =>
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(ByteLength));

    /// <summary>
    /// Computes the store key of an ID. The store never receives the ID itself,
    /// so a copied database file yields no cookie that could be replayed.
    /// </summary>
    public static string ToStoreKey(string id) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(id)));

    /// <summary>Returns a short prefix of a store key, for log messages.</summary>
    public static string LogPrefix(string storeKey) => storeKey[..Math.Min(8, storeKey.Length)];

    public static bool IsWellFormed(ReadOnlySpan<char> value) =>
        value.Length == EncodedLength && IsBase64Url(value);

    internal static bool IsBase64Url(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                return false;
        }

        return true;
    }
}
