using Microsoft.Extensions.Time.Testing;

namespace WebApp.Tests.Infrastructure;

/// <summary>Fake clocks that start at the real time, to the whole second.</summary>
public static class TestClock
{
    // Starting at the real time keeps cookies that the fake clock dates
    // alive in HttpClient's cookie jar, which expires them by the real clock.
    public static FakeTimeProvider Create()
    {
        var now = DateTimeOffset.UtcNow;
        return new FakeTimeProvider(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
    }
}
