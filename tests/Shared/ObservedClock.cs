using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Tests.Shared;

/// <summary>
/// A fake clock that tells when a timer is set: a test waits for the wait it expects to be set, then moves the clock
/// past it. Nothing depends on how fast the machine is.
/// </summary>
public sealed class ObservedClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer set (in the order they were set), waiting for one if none is pending.</summary>
    public async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> wanted)
    {
        while (true)
        {
            TimeSpan due = await _timers.Reader.ReadAsync();
            if (wanted(due))
            {
                return due;
            }
        }
    }
}
