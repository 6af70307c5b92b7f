using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WebApp.Sessions.Cookies;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Cookies;

public sealed class RejectedCookieLogTests : IDisposable
{
    private const int CookieRejectedWarning = 7;

    private readonly TestLog _log = new();
    private readonly LoggerFactory _loggerFactory;
    private readonly FakeTimeProvider _clock = TestClock.Create();
    private readonly RejectedCookieLog _rejections;

    public RejectedCookieLogTests()
    {
        _loggerFactory = new LoggerFactory([_log]);
        _rejections = new RejectedCookieLog(_clock, _loggerFactory.CreateLogger<RejectedCookieLog>());
    }

    public void Dispose() => _loggerFactory.Dispose();

    [Fact]
    public void Record_FirstRejectionWarnsAtOnce()
    {
        _rejections.Record(CookieRejection.Malformed);

        var warning = Assert.Single(Warnings());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("(Malformed)", warning.Message, StringComparison.Ordinal);
        Assert.Matches(@"\b1\b", warning.Message);
    }

    [Fact]
    public void Record_WarnsOnceWithinMinute()
    {
        for (var i = 0; i < 100; i++)
        {
            _rejections.Record(CookieRejection.BadSignature);
            _clock.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.Single(Warnings());
    }

    [Fact]
    public void Record_SuppressesUntilFullMinute()
    {
        _rejections.Record(CookieRejection.Malformed);
        _clock.Advance(TimeSpan.FromSeconds(59));

        _rejections.Record(CookieRejection.Malformed);

        Assert.Single(Warnings());
    }

    [Fact]
    public void Record_WarnsAgainAfterMinute()
    {
        _rejections.Record(CookieRejection.Malformed);
        _clock.Advance(TimeSpan.FromMinutes(1));

        _rejections.Record(CookieRejection.Duplicate);

        Assert.Equal(2, Warnings().Count);
        Assert.Contains("(Duplicate)", Warnings()[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_NextWarningCarriesCount()
    {
        // The first rejection warns at once and 41 are suppressed, so the
        // next warning counts those 41 and itself: 42.
        _rejections.Record(CookieRejection.Malformed);
        for (var i = 0; i < 41; i++)
            _rejections.Record(CookieRejection.Oversized);
        _clock.Advance(TimeSpan.FromSeconds(61));

        _rejections.Record(CookieRejection.NotAscii);

        var warnings = Warnings();
        Assert.Equal(2, warnings.Count);
        Assert.Matches(@"\b42\b", warnings[1].Message);
    }

    [Fact]
    public void Record_CountRestartsAfterWarning()
    {
        _rejections.Record(CookieRejection.Malformed);
        _rejections.Record(CookieRejection.Malformed);
        _clock.Advance(TimeSpan.FromMinutes(1));
        _rejections.Record(CookieRejection.Malformed);
        _clock.Advance(TimeSpan.FromMinutes(1));

        _rejections.Record(CookieRejection.Malformed);

        var warnings = Warnings();
        Assert.Equal(3, warnings.Count);
        Assert.Matches(@"\b1\b", warnings[2].Message);
    }

    private IReadOnlyList<LogEntry> Warnings() => _log.Events(CookieRejectedWarning);
}
