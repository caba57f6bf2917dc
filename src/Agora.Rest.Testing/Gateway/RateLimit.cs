namespace Agora.Rest.Testing.Gateway;

/// <summary>Who shares a quota: the whole account (Console and channel management APIs) or one App ID (Signaling).</summary>
internal enum RateLimitScope
{
    Account,
    AppId,
}

/// <summary>
/// A documented quota: so many requests per second, per account or per App ID, for each API on its own or, when
/// <see cref="SharedAcrossRoutes"/>, for all the APIs that carry this quota together. A class, not a record: two
/// quotas with the same numbers are still two quotas, counted apart.
/// </summary>
internal sealed class RateLimit(int perSecond, RateLimitScope scope, bool sharedAcrossRoutes = false)
{
    public int PerSecond { get; } = perSecond;

    public RateLimitScope Scope { get; } = scope;

    public bool SharedAcrossRoutes { get; } = sharedAcrossRoutes;

    /// <summary>Console RESTful APIs (projects): 10 per second per account, per API.</summary>
    public static RateLimit Console { get; } = new(10, RateLimitScope.Account);

    /// <summary>Channel management, the online-statistics queries (channel and user lists): 20 per second per account.</summary>
    public static RateLimit ChannelStatistics { get; } = new(20, RateLimitScope.Account);

    /// <summary>Channel management, everything else (kicking rules): 10 per second per account.</summary>
    public static RateLimit ChannelManagement { get; } = new(10, RateLimitScope.Account);

    /// <summary>Signaling user and channel events: 10 per second per App ID.</summary>
    public static RateLimit SignalingEvents { get; } = new(10, RateLimitScope.AppId);

    /// <summary>Signaling peer and channel messages: 500 per second per App ID, the two APIs combined.</summary>
    public static RateLimit SignalingMessages { get; } = new(500, RateLimitScope.AppId, sharedAcrossRoutes: true);

    /// <summary>Media Gateway creates (streaming keys, templates): 50 per second per project, per API.</summary>
    public static RateLimit MediaGatewayCreate { get; } = new(50, RateLimitScope.AppId);

    /// <summary>Media Gateway deletes (keys, streams, templates): 50 per second per project, per API.</summary>
    public static RateLimit MediaGatewayDelete { get; } = new(50, RateLimitScope.AppId);

    /// <summary>Media Gateway queries (keys, online streams): 100 per second per project, per API.</summary>
    public static RateLimit MediaGatewayQuery { get; } = new(100, RateLimitScope.AppId);

    /// <summary>Media Gateway updates (template changes, the global template, mute): 50 per second per project, per API.</summary>
    public static RateLimit MediaGatewayUpdate { get; } = new(50, RateLimitScope.AppId);
}
