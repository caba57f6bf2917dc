using System;
using System.Collections.Generic;

namespace Agora.Rest;

/// <summary>
/// How a generated client repeats a failed call over Agora's domains (<see cref="AgoraClientOptions.Area"/>): how many
/// times, how long it waits in between, and when it gives up. Attempts, waits and the deadline run on Polly
/// (<c>Polly.Core</c>); which host each attempt goes to, and whether a request may be sent again, is Agora's policy.
/// </summary>
/// <remarks>
/// Only requests to Agora's own domains are repeated: an explicit base address naming another host (the emulator,
/// a proxy) turns routing and repeats off. See docs/resilience.md.
/// </remarks>
public sealed class AgoraRetryOptions
{
    internal const int DefaultMaxRetryAttempts = 3;
    internal const int DefaultDeadlineSeconds = 30;

    private static readonly TimeSpan[] s_agoraDelays = DefaultDelays();

    // Plain fields, and the delays null until assigned (the shared defaults serve until then): creating options and
    // a client with them touches no static state and calls no getter, so a process's first client compiles less.
    private IReadOnlyList<TimeSpan>? _delays;
    private int _maxRetryAttempts = DefaultMaxRetryAttempts;
    private bool _useJitter = true;
    private TimeSpan _deadline = TimeSpan.FromSeconds(DefaultDeadlineSeconds);

    /// <summary>
    /// How many times a call may be repeated after its first attempt; 0 sends each call once. Default 3, so four
    /// attempts: enough to try every host of an area once when none of them resolves.
    /// </summary>
    public int MaxRetryAttempts
    {
        get => _maxRetryAttempts;
        set => _maxRetryAttempts = value;
    }

    /// <summary>
    /// The waits before repeats, in order; the last one serves every later repeat. Default 1 s, 3 s, 6 s, the
    /// schedule in Agora's "Ensure service reliability" page. A move to a host not yet tried after a failure that
    /// never reached a server (the name did not resolve, the connection was refused, the TLS handshake failed)
    /// does not wait; a <c>429</c> waits for its <c>Retry-After</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<TimeSpan> Delays
    {
        get => _delays ?? s_agoraDelays;
        set => _delays = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether each wait from <see cref="Delays"/> varies by up to ±25 %, so that many clients failing at once do not repeat in step. Default on.</summary>
    public bool UseJitter
    {
        get => _useJitter;
        set => _useJitter = value;
    }

    /// <summary>
    /// The time a call may take from its start until it gives up repeating, waits included. Default 30 s;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none. A call's first attempt is bounded by the
    /// HttpClient's own <c>Timeout</c> (and the handler's <c>ConnectTimeout</c>), so a call that never fails pays for
    /// no timer of ours; the deadline bounds every attempt after a failure.
    /// </summary>
    public TimeSpan Deadline
    {
        get => _deadline;
        set => _deadline = value;
    }

    // Timers take at most int.MaxValue milliseconds (about 24.8 days).
    private static readonly TimeSpan MaxDeadline = TimeSpan.FromDays(24);

    /// <summary>A new array of the default waits.</summary>
    internal static TimeSpan[] DefaultDelays() => new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6) };

    /// <summary>
    /// Whether every setting has its default value, which needs no check: compared by value, and with no generic
    /// interface over <see cref="TimeSpan"/>, whose code the JIT would compile when a client is created.
    /// </summary>
    internal bool HasDefaultValues =>
        _maxRetryAttempts == DefaultMaxRetryAttempts
        && _useJitter
        && _deadline == TimeSpan.FromSeconds(DefaultDeadlineSeconds)
        && (_delays is null
            || (_delays is TimeSpan[] { Length: 3 } delays
                && delays[0] == TimeSpan.FromSeconds(1) && delays[1] == TimeSpan.FromSeconds(3) && delays[2] == TimeSpan.FromSeconds(6)));

    /// <summary>The problem with these settings, or <see langword="null"/>; <paramref name="owner"/> names where they came from.</summary>
    internal string? Problem(string owner)
    {
        if (MaxRetryAttempts < 0)
        {
            return $"{owner}.MaxRetryAttempts is {MaxRetryAttempts}; give 0 (no repeats) or more.";
        }

        IReadOnlyList<TimeSpan> delays = Delays;
        if (MaxRetryAttempts > 0 && delays.Count == 0)
        {
            return $"{owner}.Delays is empty; give at least one wait (TimeSpan.Zero for none).";
        }

        foreach (TimeSpan delay in delays)
        {
            if (delay < TimeSpan.Zero)
            {
                return $"{owner}.Delays holds a negative wait ({delay}).";
            }
        }

        if (Deadline <= TimeSpan.Zero && Deadline != System.Threading.Timeout.InfiniteTimeSpan)
        {
            return $"{owner}.Deadline is {Deadline}; give a positive time or Timeout.InfiniteTimeSpan.";
        }

        if (Deadline > MaxDeadline)
        {
            return $"{owner}.Deadline is {Deadline}; give at most {MaxDeadline.TotalDays:0} days (a timer's limit), or Timeout.InfiniteTimeSpan for none.";
        }

        return null;
    }
}
