using System;
using System.Threading;

namespace Agora.Rest.Tokens;

/// <summary>
/// Holds the current token and builds the next one when it enters its renewal margin. Lock-free while the
/// token is fresh; one thread builds at a time; while a renewal runs, other callers keep using the current
/// token if it has not expired yet, and wait only when it has.
/// </summary>
internal sealed class RenewingTokenSource
{
    private readonly Func<TokenIssue, uint, AgoraToken> _build;
    private readonly TokenProviderOptions _options;
    private readonly object _renewal = new();
    private Entry? _current;
    private int _buildCount;

    /// <param name="build">Builds a token from an issue time and salt and a lifetime in seconds.</param>
    /// <param name="options">Lifetime, margin and clock; copied so later changes do not apply.</param>
    public RenewingTokenSource(Func<TokenIssue, uint, AgoraToken> build, TokenProviderOptions? options)
    {
        _build = build;
        options ??= new TokenProviderOptions();
        options.Validate();
        _options = new TokenProviderOptions
        {
            Lifetime = options.Lifetime,
            RenewalMargin = options.RenewalMargin,
            TimeProvider = options.TimeProvider,
        };
    }

    /// <summary>How many tokens have been built; for diagnostics and tests.</summary>
    public int BuildCount => Volatile.Read(ref _buildCount);

    public AgoraToken Current()
    {
        DateTimeOffset now = _options.TimeProvider.GetUtcNow();
        Entry? current = Volatile.Read(ref _current);
        if (current is not null && now < current.RenewAt)
        {
            return current.Token;
        }

        bool stillValid = current is not null && now < current.ExpiresAt;
        bool entered = false;
        try
        {
            if (stillValid)
            {
                Monitor.TryEnter(_renewal, ref entered);
                if (!entered)
                {
                    return current!.Token;
                }
            }
            else
            {
                Monitor.Enter(_renewal, ref entered);
            }

            // Another thread may have renewed while this one waited.
            current = _current;
            now = _options.TimeProvider.GetUtcNow();
            if (current is null || now >= current.RenewAt)
            {
                try
                {
                    current = Renew();
                }
                catch (Exception) when (current is not null && now < current.ExpiresAt)
                {
                    // The token in hand is still valid: use it, and let the next call try to renew again.
                    return current.Token;
                }

                Volatile.Write(ref _current, current);
            }

            return current.Token;
        }
        finally
        {
            if (entered)
            {
                Monitor.Exit(_renewal);
            }
        }
    }

    private Entry Renew()
    {
        uint lifetime = _options.LifetimeSeconds;
        TokenIssue issue = TokenIssue.Now(_options.TimeProvider);
        AgoraToken token = _build(issue, lifetime);
        Interlocked.Increment(ref _buildCount);
        DateTimeOffset expiresAt = issue.IssuedAt.AddSeconds(lifetime);
        return new Entry(token, expiresAt - _options.RenewalMargin, expiresAt);
    }

    private sealed class Entry
    {
        public Entry(AgoraToken token, DateTimeOffset renewAt, DateTimeOffset expiresAt)
        {
            Token = token;
            RenewAt = renewAt;
            ExpiresAt = expiresAt;
        }

        public AgoraToken Token { get; }

        public DateTimeOffset RenewAt { get; }

        public DateTimeOffset ExpiresAt { get; }
    }
}
