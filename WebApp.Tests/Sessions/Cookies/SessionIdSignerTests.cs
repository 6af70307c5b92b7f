using WebApp.Sessions.Cookies;
using static WebApp.Tests.Sessions.Cookies.TestSigning;

namespace WebApp.Tests.Sessions.Cookies;

public sealed class SessionIdSignerTests
{
    private readonly SessionIdSigner _signer = CreateSigner(SecretA);
    private readonly string _id = SessionId.Create();

    [Fact]
    public void Sign_ReturnsIdDotSignature()
    {
        var value = _signer.Sign(_id);

        Assert.Equal(SessionIdSigner.SignedLength, value.Length);
        Assert.Equal(_id, IdOf(value));
        Assert.Matches("^[A-Za-z0-9_-]{43}$", SignatureOf(value));
    }

    [Fact]
    public void Verify_AcceptsSignedValue()
    {
        var id = _signer.Verify(_signer.Sign(_id), out var signedWithOldSecret);

        Assert.Equal(_id, id);
        Assert.False(signedWithOldSecret);
    }

    [Fact]
    public void Verify_RejectsTamperedId()
    {
        var value = _signer.Sign(_id);
        var tampered = ReplaceAt(value, 0, OtherBase64UrlChar(value[0]));

        Assert.Null(_signer.Verify(tampered, out _));
    }

    [Fact]
    public void Verify_RejectsTamperedSignature()
    {
        var value = _signer.Sign(_id);
        var first = SessionId.EncodedLength + 1;
        var tampered = ReplaceAt(value, first, OtherBase64UrlChar(value[first]));

        Assert.Null(_signer.Verify(tampered, out _));
    }

    [Fact]
    public void Verify_RejectsSignatureOfOtherId()
    {
        var otherSignature = SignatureOf(_signer.Sign(SessionId.Create()));

        Assert.Null(_signer.Verify($"{_id}.{otherSignature}", out _));
    }

    // A tampered signature must read as "no session", whatever its bits. The
    // cookie value comes from the client, so a value that makes Verify throw
    // turns a request into an error page instead of an anonymous one.
    [Fact]
    public void Verify_RejectsSignatureWithNonZeroPadBits()
    {
        var tampered = WithNonZeroPadBits(_signer.Sign(_id));
        string? id = null;

        var exception = Record.Exception(() => id = _signer.Verify(tampered, out _));

        Assert.Null(exception);
        Assert.Null(id);
    }

    [Fact]
    public void Verify_RejectsTruncatedValue()
    {
        var value = _signer.Sign(_id);

        Assert.Null(_signer.Verify(value[..^1], out _));
    }

    [Fact]
    public void Verify_RejectsExtraSegment()
    {
        var value = _signer.Sign(_id);

        Assert.Null(_signer.Verify(value + ".extra", out _));
    }

    [Fact]
    public void Verify_RejectsEmptyValue()
    {
        Assert.Null(_signer.Verify(string.Empty, out _));
    }

    [Fact]
    public void Verify_RejectsIdWithoutSignature()
    {
        Assert.Null(_signer.Verify(_id, out _));
        Assert.Null(_signer.Verify(_id + ".", out _));
    }

    [Fact]
    public void Verify_RejectsDotInWrongPlace()
    {
        // Right total length, but the ID is one character short and the signature one long.
        var value = _signer.Sign(_id);
        var shifted = value[..42] + "." + value[42] + SignatureOf(value);

        Assert.Equal(value.Length, shifted.Length);
        Assert.Null(_signer.Verify(shifted, out _));
    }

    [Theory]
    [InlineData('+')]
    [InlineData('/')]
    [InlineData('=')]
    [InlineData('!')]
    [InlineData('%')]
    [InlineData(' ')]
    [InlineData('é')]
    public void Verify_RejectsNonBase64UrlChar(char bad)
    {
        var value = _signer.Sign(_id);

        Assert.Null(_signer.Verify(ReplaceAt(value, 5, bad), out _));
        Assert.Null(_signer.Verify(ReplaceAt(value, value.Length - 5, bad), out _));
    }

    [Fact]
    public void Verify_RejectsUnsignedGarbage()
    {
        var garbage = new string('A', SessionId.EncodedLength) + "." + new string('A', SessionId.EncodedLength);

        Assert.Null(_signer.Verify(garbage, out _));
    }

    [Fact]
    public void Verify_FlagsValueSignedWithOldSecret()
    {
        var oldValue = CreateSigner(SecretA).Sign(_id);
        var rotated = CreateSigner(SecretB, SecretA);

        var id = rotated.Verify(oldValue, out var signedWithOldSecret);

        Assert.Equal(_id, id);
        Assert.True(signedWithOldSecret);
    }

    [Fact]
    public void Verify_ClearsFlagForFirstSecret()
    {
        var rotated = CreateSigner(SecretB, SecretA);

        var id = rotated.Verify(rotated.Sign(_id), out var signedWithOldSecret);

        Assert.Equal(_id, id);
        Assert.False(signedWithOldSecret);
    }

    [Fact]
    public void Sign_UsesFirstSecret()
    {
        var value = CreateSigner(SecretB, SecretA).Sign(_id);

        Assert.Equal(_id, CreateSigner(SecretB).Verify(value, out _));
        Assert.Null(CreateSigner(SecretA).Verify(value, out _));
    }

    [Fact]
    public void Verify_RejectsRemovedSecret()
    {
        var oldValue = CreateSigner(SecretA).Sign(_id);

        var id = CreateSigner(SecretB).Verify(oldValue, out var signedWithOldSecret);

        Assert.Null(id);
        Assert.False(signedWithOldSecret);
    }

    private static string ReplaceAt(string value, int index, char replacement) =>
        value[..index] + replacement + value[(index + 1)..];

    private static char OtherBase64UrlChar(char c) => c == 'A' ? 'B' : 'A';
}
