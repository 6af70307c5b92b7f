using Microsoft.Extensions.Time.Testing;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Cleanup;

/// <summary>
/// A fake clock that records the timers created on it, so a test moves time
/// only after the cleanup service has started its timer.
/// </summary>
/// <remarks>
/// Since .NET 10, BackgroundService runs all of ExecuteAsync on the thread
/// pool (a documented breaking change), so the timer may not exist yet when
/// the host has started. Time moved before then never fires it.
/// </remarks>
public sealed class TimerTrackingClock() : FakeTimeProvider(TestClock.Create().GetUtcNow())
{
    private readonly object _lock = new();
    private readonly List<TimeSpan> _periods = [];
    private readonly List<(TimeSpan Period, TaskCompletionSource Created)> _waiters = [];

    /// <summary>The periods of the timers created so far.</summary>
    public IReadOnlyList<TimeSpan> TimerPeriods
    {
        get
        {
            lock (_lock)
                return [.. _periods];
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _periods.Add(period);
            foreach (var waiter in _waiters.Where(w => w.Period == period))
                waiter.Created.TrySetResult();
        }

        return timer;
    }

    /// <summary>Waits until a timer with this period exists. Fails after five seconds.</summary>
    public async Task WaitForTimerAsync(TimeSpan period)
    {
        var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_periods.Contains(period))
                return;
            _waiters.Add((period, created));
        }

        try
        {
            await created.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"No timer with period {period} was created within 5 seconds.");
        }
    }
}
