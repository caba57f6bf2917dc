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
        // Values from the top sliver of the 32-bit range would make some salts likelier; draw again.
        const uint Unbiased = uint.MaxValue - (uint.MaxValue % MaxSalt);
        uint value;
        do
        {
            value = NextRandom();
        }
        while (value >= Unbiased);

        return 1 + (value % MaxSalt);
    }

    // Each call to the platform's generator costs microseconds; draw a block per thread and use it up.
    private static uint NextRandom()
    {
        uint[]? salts = t_salts;
        if (salts is null || t_next == salts.Length)
        {
            salts ??= t_salts = new uint[SaltsPerRefill];
            FillRandom(salts);
            t_next = 0;
        }

        uint value = salts[t_next];
        salts[t_next++] = 0;
        return value;
    }

    private static void FillRandom(uint[] salts)
    {
#if NET6_0_OR_GREATER
        RandomNumberGenerator.Fill(System.Runtime.InteropServices.MemoryMarshal.AsBytes(salts.AsSpan()));
#else
        byte[] bytes = new byte[salts.Length * sizeof(uint)];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        Buffer.BlockCopy(bytes, 0, salts, 0, bytes.Length);
#endif
    }

    private const int SaltsPerRefill = 64;

    [ThreadStatic]
    private static uint[]? t_salts;

    [ThreadStatic]
    private static int t_next;
}
