using System;
using System.Collections.Generic;

namespace Agora.Rest.Testing;

/// <summary>The account the emulator stands in for: the RESTful API customer credentials and the projects.</summary>
public sealed class AgoraEmulatorOptions
{
    /// <summary>The Customer ID that HTTP Basic requests must carry.</summary>
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>The Customer Secret that HTTP Basic requests must carry.</summary>
    [AgoraSecret]
    public string CustomerSecret { get; set; } = string.Empty;

    /// <summary>The account's projects, in the order project lists show them.</summary>
    public IList<EmulatedApp> Apps { get; } = new List<EmulatedApp>();

    /// <summary>The clock for expiries (ban rules, tokens); a fake one lets tests move time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Enforces Agora's documented quotas, answering <c>429 {"message":"API rate limit exceeded"}</c> with a
    /// <c>Retry-After</c> once a one-second window (on <see cref="TimeProvider"/>) is used up: projects 10 per
    /// second per account; channel and user lists 20, kicking rules 10 per second per account, per API; Signaling
    /// user events 10 per second, peer and channel messages 500 per second together, per App ID; Media Gateway creates 50, deletes 50, updates 50 and queries 100 per second per App ID, per API. Off by default, so tests that send bursts are not throttled.
    /// </summary>
    public bool EnforceRateLimits { get; set; }

    /// <summary>Throws, naming the missing setting (never a value), when the emulator could not authenticate anyone.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(CustomerId))
        {
            throw new ArgumentException($"{nameof(AgoraEmulatorOptions)}.{nameof(CustomerId)} is required.", nameof(CustomerId));
        }

        if (string.IsNullOrWhiteSpace(CustomerSecret))
        {
            throw new ArgumentException($"{nameof(AgoraEmulatorOptions)}.{nameof(CustomerSecret)} is required.", nameof(CustomerSecret));
        }
    }
}
