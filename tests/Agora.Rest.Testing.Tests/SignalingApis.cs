using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Tests;

// Signaling's event and message APIs, with a Signaling token, with the customer's Basic credentials, and with the
// legacy token pair.

[AgoraApi, AccessToken2Auth]
public partial interface ISignalingApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);

    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/peer_messages")]
    Task<MessageResult> SendPeerMessageAsync(string appId, string userId, [Body] PeerMessage message,
        [Query("wait_for_ack")] bool? waitForAck = null, CancellationToken cancellationToken = default);

    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/channel_messages")]
    Task<MessageResult> SendChannelMessageAsync(string appId, string userId, [Body] ChannelMessage message, CancellationToken cancellationToken = default);
}

[AgoraApi, BasicAuth]
public partial interface ISignalingBasicApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);

    [Get("/dev/v2/project/{appId}/rtm/vendor/channel_events")]
    Task<ChannelEvents> ChannelEventsAsync(string appId, CancellationToken cancellationToken = default);

    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/channel_messages")]
    Task<MessageResult> SendChannelMessageAsync(string appId, string userId, [Body] ChannelMessage message, CancellationToken cancellationToken = default);
}

[AgoraApi, AccessTokenAuth]
public partial interface ISignalingLegacyApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEvents> UserEventsAsync(string appId, CancellationToken cancellationToken = default);

    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/peer_messages")]
    Task<MessageResult> SendPeerMessageAsync(string appId, string userId, [Body] PeerMessage message, CancellationToken cancellationToken = default);
}

public sealed record PeerMessage(
    string Destination,
    string Payload,
    [property: JsonPropertyName("enable_offline_messaging")] bool EnableOfflineMessaging = false,
    [property: JsonPropertyName("enable_historical_messaging")] bool EnableHistoricalMessaging = false);

public sealed record ChannelMessage(
    [property: JsonPropertyName("channel_name")] string ChannelName,
    string Payload,
    [property: JsonPropertyName("enable_historical_messaging")] bool EnableHistoricalMessaging = false);

public sealed record MessageResult(string Result, [property: JsonPropertyName("request_id")] string RequestId, string Code);

public sealed record UserEvent([property: JsonPropertyName("user_id")] string UserId, string Type, long Ms);

public sealed record UserEvents(string Result, IReadOnlyList<UserEvent> Events);

public sealed record ChannelEvent([property: JsonPropertyName("group_id")] string GroupId, [property: JsonPropertyName("user_id")] string UserId, string Type, long Ms);

public sealed record ChannelEvents(string Result, IReadOnlyList<ChannelEvent> Events);
