using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Tests;

// Signaling's event API, once with a Signaling token and once with the customer's Basic credentials.

[AgoraApi, AccessToken2Auth]
public partial interface ISignalingApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);
}

[AgoraApi, BasicAuth]
public partial interface ISignalingBasicApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);
}

[AgoraApi, AccessTokenAuth]
public partial interface ISignalingLegacyApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);
}

public sealed record UserEvent([property: JsonPropertyName("user_id")] string UserId, string Type, long Ms);

public sealed record UserEvents(string Result, IReadOnlyList<UserEvent> Events);
