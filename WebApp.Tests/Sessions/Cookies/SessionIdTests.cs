using WebApp.Sessions.Cookies;

namespace WebApp.Tests.Sessions.Cookies;

public sealed class SessionIdTests
{
    private const string Base64UrlPattern = "^[A-Za-z0-9_-]{43}$";

    [Fact]
    public void Create_Returns43CharBase64Url()
    {
        var id = SessionId.Create();

        Assert.Equal(SessionId.EncodedLength, id.Length);
        Assert.Matches(Base64UrlPattern, id);
        Assert.True(SessionId.IsWellFormed(id));
    }

    [Fact]
    public void Create_ReturnsDistinctValues()
    {
        const int count = 10_000;

        var ids = Enumerable.Range(0, count).Select(_ => SessionId.Create()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(count, ids.Count);
    }

    [Fact]
    public void ToStoreKey_IsDeterministic()
    {
        var id = SessionId.Create();

        Assert.Equal(SessionId.ToStoreKey(id), SessionId.ToStoreKey(id));
    }

    [Fact]
    public void ToStoreKey_DiffersFromId()
    {
        var id = SessionId.Create();

        Assert.NotEqual(id, SessionId.ToStoreKey(id));
    }

    [Fact]
    public void ToStoreKey_DiffersPerId()
    {
        Assert.NotEqual(SessionId.ToStoreKey(SessionId.Create()), SessionId.ToStoreKey(SessionId.Create()));
    }

    [Fact]
    public void ToStoreKey_Returns43CharBase64Url()
    {
        var key = SessionId.ToStoreKey(SessionId.Create());

        Assert.Equal(SessionId.EncodedLength, key.Length);
        Assert.Matches(Base64UrlPattern, key);
    }

    [Fact]
    public void ToStoreKey_MatchesSha256OfId()
    {
        // SHA-256("abc") is ba7816bf...f20015ad in hex, written here in base64url.
        Assert.Equal("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", SessionId.ToStoreKey("abc"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void IsWellFormed_RejectsOtherValues(string value)
    {
        Assert.False(SessionId.IsWellFormed(value));
    }
}
