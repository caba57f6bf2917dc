using System;

namespace Agora.Rest.Tokens;

/// <summary>The expiry rules of each token version, checked with messages that say which one applies.</summary>
internal static class TokenExpiry
{
    /// <summary>Agora accepts AccessToken2 lifetimes of up to 24 hours.</summary>
    public const uint MaxSeconds = 24 * 60 * 60;

    public static void ValidateTokenSeconds(uint expireSeconds, string parameterName)
    {
        if (expireSeconds == 0 || expireSeconds > MaxSeconds)
        {
            throw new ArgumentOutOfRangeException(parameterName, expireSeconds, Describe("token lifetime", allowZero: false));
        }
    }

    public static void ValidatePrivilegeSeconds(uint expireSeconds, string parameterName)
    {
        if (expireSeconds > MaxSeconds)
        {
            throw new ArgumentOutOfRangeException(parameterName, expireSeconds, Describe("privilege expiry", allowZero: true));
        }
    }

    private static string Describe(string what, bool allowZero) =>
        $"An AccessToken2 {what} is a number of seconds after the issue time, {(allowZero ? "0" : "1")} to {MaxSeconds} (24 hours). " +
        "A Unix time belongs to the legacy AccessToken (006) format, not here.";

    public static uint ToUnixSeconds(DateTimeOffset time, string parameterName)
    {
        long seconds = time.ToUnixTimeSeconds();
        if (seconds < 0 || seconds > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(parameterName, time, "Token times are unsigned 32-bit Unix times: from 1970 to 2106.");
        }

        return (uint)seconds;
    }

    public static DateTimeOffset FromUnixSeconds(uint seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);
}
