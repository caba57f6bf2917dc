using System;
using System.Security.Cryptography;

namespace Agora.Rest.Tokens;

/// <summary>
/// When a token is issued and the salt that makes it unique. Builders use <see cref="Now"/> unless given
/// one; fixed values make a token reproducible (tests, Agora's published vectors).
/// </summary>
public readonly struct TokenIssue
{
    // Agora's own builders draw salts from this range.
    private const int MaxSalt = 99_999_999;

    /// <summary>An explicit issue time (Unix seconds) and salt.</summary>
    public TokenIssue(uint issueTimestamp, uint salt)
    {
        IssueTimestamp = issueTimestamp;
        Salt = salt;
    }

    /// <summary>The issue time, in Unix seconds.</summary>
    public uint IssueTimestamp { get; }

    /// <summary>The salt.</summary>
    public uint Salt { get; }

    /// <summary>The issue time.</summary>
    public DateTimeOffset IssuedAt => TokenExpiry.FromUnixSeconds(IssueTimestamp);

    /// <summary>The current time of <paramref name="timeProvider"/> (the system clock by default) and a cryptographically random salt.</summary>
    public static TokenIssue Now(TimeProvider? timeProvider = null)
    {
        DateTimeOffset now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        return new TokenIssue(TokenExpiry.ToUnixSeconds(now, nameof(timeProvider)), RandomSalt());
    }

    private static uint RandomSalt()
    {
#if NET6_0_OR_GREATER
        return (uint)RandomNumberGenerator.GetInt32(1, MaxSalt + 1);
#else
        byte[] bytes = new byte[4];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return 1 + (BitConverter.ToUInt32(bytes, 0) % MaxSalt);
#endif
    }
}
