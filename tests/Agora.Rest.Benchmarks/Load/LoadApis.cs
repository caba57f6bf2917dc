using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Benchmarks.Load;

/// <summary>The Signaling call the load harness repeats, with a renewing token.</summary>
[AgoraApi]
[AccessToken2Auth]
public partial interface ILoadSignalingApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<LoadUserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);
}

/// <summary>The same endpoint with HTTP Basic: the throughput without token work.</summary>
[AgoraApi]
[BasicAuth]
public partial interface ILoadBasicApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<LoadUserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);
}

public sealed record LoadUserEvents(string Result, IReadOnlyList<object> Events);
