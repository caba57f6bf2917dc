using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Serialization;
using Agora.Rest;

namespace Agora.Rest.Tests.Apis;

public sealed record UserEvent([property: JsonPropertyName("user_id")] string UserId, string Type, long Ms);

public sealed record UserEvents(string Result, [property: JsonPropertyName("request_id")] string RequestId, IReadOnlyList<UserEvent> Events);

public sealed record PeerMessage(
    string Destination,
    [property: JsonPropertyName("enable_offline_messaging")] bool EnableOfflineMessaging,
    string Payload);

public sealed record MessageResult(string Result, [property: JsonPropertyName("request_id")] string RequestId, string Code);

/// <summary>Signaling with AccessToken2: <c>Authorization: agora token=…</c>.</summary>
[AgoraApi]
[AccessToken2Auth]
public partial interface ISignalingApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> GetUserEventsAsync(string appId, CancellationToken cancellationToken = default);

    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/peer_messages")]
    Task<MessageResult> SendPeerMessageAsync(string appId, string userId, [Body] PeerMessage message,
        [Query("wait_for_ack")] bool? waitForAck = null, CancellationToken cancellationToken = default);
}

/// <summary>Signaling with the legacy scheme: <c>x-agora-token</c> and <c>x-agora-uid</c>.</summary>
[AgoraApi]
[AccessTokenAuth]
public partial interface ILegacySignalingApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    ValueTask<UserEvents> GetUserEventsAsync(string appId, CancellationToken cancellationToken = default);
}

/// <summary>An interface whose methods mix schemes: Basic by default, a token for one method, none for another.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IMixedSchemeApi
{
    [Get("/basic")]
    Task BasicAsync();

    [Get("/token")]
    [AccessToken2Auth]
    Task TokenAsync();
}

/// <summary>Basic on the interface, opted out on one method.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IPublicEndpointApi
{
    [Get("/dev/v1/projects")]
    Task<string> AuthenticatedAsync();

    [Get("/health")]
    [NoAuth]
    Task<string> HealthAsync();
}
