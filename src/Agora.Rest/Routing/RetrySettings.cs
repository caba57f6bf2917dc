using System;
using System.Linq;

namespace Agora.Rest.Routing;

/// <summary>
/// A client's own copy of <see cref="AgoraRetryOptions"/>, taken when the client is made and checked then: options shared
/// by many clients and changed later change none of them halfway through a call.
/// </summary>
internal sealed class RetrySettings
{
    public RetrySettings(AgoraRetryOptions options)
    {
        MaxRetryAttempts = options.MaxRetryAttempts;
        Delays = options.Delays.ToArray();
        UseJitter = options.UseJitter;
        Deadline = options.Deadline;
    }

    public int MaxRetryAttempts { get; }

    public TimeSpan[] Delays { get; }

    public bool UseJitter { get; }

    public TimeSpan Deadline { get; }
}
