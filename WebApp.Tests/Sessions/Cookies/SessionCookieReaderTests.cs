using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WebApp.Sessions.Cookies;
using WebApp.Sessions.Options;
using WebApp.Tests.Infrastructure;
using static WebApp.Tests.Sessions.Cookies.TestSigning;

namespace WebApp.Tests.Sessions.Cookies;

public sealed class SessionCookieReaderTests : IDisposable
{
    private const int CookieRejectedWarning = 7;

    private readonly TestLog _log = new();
    private readonly FakeTimeProvider _clock = TestClock.Create();
    private readonly LoggerFactory _loggerFactory;
    private readonly SessionIdSigner _signer = CreateSigner(SecretA);
    private readonly SessionCookieReader _reader;
    private readonly string _id = SessionId.Create();
    private readonly string _value;

    public SessionCookieReaderTests()
    {
        _loggerFactory = new LoggerFactory([_log]);
        _reader = CreateReader(_signer, new ServerSessionOptions());
        _value = _signer.Sign(_id);
    }

    public void Dispose() => _loggerFactory.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Read_MissingHeaderIsNoSession(string? header)
    {
        Assert.Null(_reader.Read(header));
        Assert.Empty(Rejections());
    }

    [Theory]
    [InlineData("a=1")]
    [InlineData("a=1; b=2")]
    [InlineData("session_id=x")]
    [InlineData("XSESSION_ID=x; SESSION_IDX=y")]
    [InlineData("SESSION_ID")]
    public void Read_HeaderWithoutCookieIsNoSession(string header)
    {
        Assert.Null(_reader.Read(header));
        Assert.Empty(Rejections());
    }

    [Fact]
    public void Read_AcceptsOnlyCookie()
    {
        var cookie = _reader.Read($"SESSION_ID={_value}");

        Assert.NotNull(cookie);
        Assert.Equal(_id, cookie.Value.Id);
        Assert.False(cookie.Value.SignedWithOldSecret);
    }

    [Fact]
    public void Read_AcceptsCookieAmongOthers()
    {
        var cookie = _reader.Read($"a=1; SESSION_ID={_value}; b=2");

        Assert.Equal(_id, cookie?.Id);
        Assert.Empty(Rejections());
    }

    [Theory]
    [InlineData("  SESSION_ID={0}  ")]
    [InlineData("a=1;SESSION_ID={0};b=2")]
    [InlineData("a=1;   SESSION_ID={0}\t; b=2")]
    [InlineData("SESSION_ID = {0}")]
    public void Read_IgnoresWhitespaceAround(string format)
    {
        var cookie = _reader.Read(string.Format(format, _value));

        Assert.Equal(_id, cookie?.Id);
    }

    [Theory]
    [InlineData("SESSION_ID\u3000={0}")]
    [InlineData("SESSION_ID=\u00A0{0}")]
    [InlineData("SESSION_ID={0}\u2028")]
    [InlineData("\u0085SESSION_ID={0}")]
    [InlineData("SESSION_ID\u000B={0}")]
    [InlineData("SESSION_ID={0}\u000C")]
    public void Read_RejectsNonCookieWhitespace(string format)
    {
        Assert.Null(_reader.Read(string.Format(format, _value)));
    }

    [Fact]
    public void Read_UsesConfiguredName()
    {
        var reader = CreateReader(_signer, new ServerSessionOptions { Cookie = { Name = "sid" } });

        Assert.Equal(_id, reader.Read($"sid={_value}")?.Id);
        Assert.Null(reader.Read($"SESSION_ID={_value}"));
    }

    [Fact]
    public void Read_FlagsOldSecret()
    {
        var rotated = CreateReader(CreateSigner(SecretB, SecretA), new ServerSessionOptions());

        var cookie = rotated.Read($"SESSION_ID={_value}");

        Assert.Equal(_id, cookie?.Id);
        Assert.True(cookie?.SignedWithOldSecret);
    }

    [Theory]
    [InlineData("SESSION_ID={0}; SESSION_ID=garbage")]
    [InlineData("SESSION_ID=garbage; SESSION_ID={0}")]
    [InlineData("SESSION_ID={0}; SESSION_ID={0}")]
    [InlineData("SESSION_ID={0}; SESSION_ID=")]
    [InlineData("SESSION_ID=; SESSION_ID={0}")]
    [InlineData("SESSION_ID={0}; a=1; SESSION_ID={0}")]
    public void Read_RejectsDuplicateCookie(string format)
    {
        AssertRejected(string.Format(format, _value), CookieRejection.Duplicate);
    }

    [Fact]
    public void Read_RejectsTwoValidCookies()
    {
        var other = _signer.Sign(SessionId.Create());

        AssertRejected($"SESSION_ID={_value}; SESSION_ID={other}", CookieRejection.Duplicate);
        AssertRejected($"SESSION_ID={other}; SESSION_ID={_value}", CookieRejection.Duplicate);
    }

    [Fact]
    public void Read_RejectsOversizedValue()
    {
        var oversized = _value + new string('A', SessionCookieReader.MaxValueLength + 1 - _value.Length);

        AssertRejected($"SESSION_ID={oversized}", CookieRejection.Oversized);
    }

    [Fact]
    public void Read_RejectsHugeValue()
    {
        AssertRejected("SESSION_ID=" + new string('x', 100_000), CookieRejection.Oversized);
    }

    [Theory]
    [InlineData('é')]
    [InlineData('\u00A0')]
    [InlineData('\u0000')]
    [InlineData('\u007F')]
    [InlineData('\uD83D')]
    public void Read_RejectsNonAsciiValue(char nonAscii)
    {
        var value = _value[..10] + nonAscii + _value[11..];

        AssertRejected($"SESSION_ID={value}", CookieRejection.NotAscii);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData(".")]
    [InlineData("%E0%A4%A")]
    [InlineData("")]
    public void Read_RejectsMalformedValue(string value)
    {
        AssertRejected($"SESSION_ID={value}", CookieRejection.Malformed);
    }

    [Fact]
    public void Read_RejectsExtraSegment()
    {
        AssertRejected($"SESSION_ID={_value}.extra", CookieRejection.Malformed);
    }

    [Fact]
    public void Read_RejectsOtherSecret()
    {
        var forged = CreateSigner(SecretB).Sign(_id);

        AssertRejected($"SESSION_ID={forged}", CookieRejection.BadSignature);
    }

    [Fact]
    public void Read_RejectsSignatureWithNonZeroPadBits()
    {
        // Reading must not throw on any value a client sends.
        var tampered = WithNonZeroPadBits(_value);
        SessionCookieValue? cookie = null;

        var exception = Record.Exception(() => cookie = _reader.Read($"SESSION_ID={tampered}"));

        Assert.Null(exception);
        Assert.Null(cookie);
    }

    [Fact]
    public void Read_WarningOmitsValue()
    {
        var forged = CreateSigner(SecretB).Sign(_id);

        _reader.Read($"SESSION_ID={forged}");

        var warning = Assert.Single(Rejections());
        Assert.DoesNotContain(_id, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SignatureOf(forged), warning.Message, StringComparison.Ordinal);
    }

    // Moves the clock past the one-warning-a-minute limit first, so that
    // every rejection checked here is logged.
    private void AssertRejected(string header, CookieRejection reason)
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        var before = Rejections().Count;

        var cookie = _reader.Read(header);

        Assert.Null(cookie);
        var warning = Assert.Single(Rejections().Skip(before));
        Assert.Contains($"({reason})", warning.Message, StringComparison.Ordinal);
    }

    private SessionCookieReader CreateReader(SessionIdSigner signer, ServerSessionOptions options)
    {
        var rejections = new RejectedCookieLog(_clock, _loggerFactory.CreateLogger<RejectedCookieLog>());
        return new SessionCookieReader(signer, rejections, Microsoft.Extensions.Options.Options.Create(options));
    }

    private IReadOnlyList<LogEntry> Rejections() => _log.Events(CookieRejectedWarning);
}
