using System;
using System.Collections.Generic;

namespace Agora.Rest.Testing.Gateway;

/// <summary>
/// Fixed one-second windows on the emulator's clock, one counter per API (route) and account or App ID, as
/// Agora's quotas are stated. A fake clock that does not move keeps every request in one window.
/// </summary>
internal sealed class RateLimiter
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<(object Counter, string Scope), Window> _windows = new();

    public RateLimiter(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Counts the request; returns <see langword="null"/> when it is within quota, else how long until the next window.</summary>
    public TimeSpan? Take(Route route, IReadOnlyDictionary<string, string> values)
    {
        if (route.Limit is not { } limit)
        {
            return null;
        }

        // A shared quota counts under the quota object itself (one per documented quota), else per route.
        object counter = limit.SharedAcrossRoutes ? limit : route;
        string scope = limit.Scope == RateLimitScope.AppId && values.TryGetValue("appid", out string? appId) ? appId : string.Empty;
        long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
        long second = Math.DivRem(nowMs, 1000, out long intoSecond);
        lock (_gate)
        {
            if (!_windows.TryGetValue((counter, scope), out Window? window) || window.Second != second)
            {
                window = new Window(second);
                _windows[(counter, scope)] = window;
            }

            if (window.Count < limit.PerSecond)
            {
                window.Count++;
                return null;
            }
        }

        return TimeSpan.FromMilliseconds(1000 - intoSecond);
    }

    private sealed class Window(long second)
    {
        public long Second { get; } = second;

        public int Count { get; set; }
    }
}
