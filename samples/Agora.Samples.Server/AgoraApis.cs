using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Samples.Server;

// Channel management comes typed from Agora.Rest.Services (IChannelApi, registered in ServerApp). Signaling is declared
// here: the services package's ISignalingApi authenticates with the account's Customer ID and Secret (HTTP Basic), which
// may act as any user. This server acts as one Signaling user of its own instead, with an RTM token it builds and renews
// (AccessToken2), so it declares the one call it makes with [AccessToken2Auth].

/// <summary>Signaling, as the server's own Signaling user (an RTM token built here, renewed before it expires).</summary>
[AgoraApi]
[AccessToken2Auth]
public partial interface ISignalingApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEventsResponse> GetUserEventsAsync(string appId, CancellationToken cancellationToken = default);
}

public sealed record UserEvent([property: JsonPropertyName("user_id")] string UserId, string Type, long Ms);

public sealed record UserEventsResponse(string Result, IReadOnlyList<UserEvent> Events);
