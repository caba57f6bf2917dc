using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Samples.Server;

/// <summary>Channel management, with the account's Customer ID and Secret: server only.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IChannelApi
{
    [Get("/dev/v1/channel/{appId}")]
    Task<ChannelListResponse> ListChannelsAsync(string appId, [Query("page_no")] int page = 0,
        [Query("page_size")] int pageSize = 100, CancellationToken cancellationToken = default);

    [Get("/dev/v1/channel/user/{appId}/{channelName}")]
    Task<ChannelUsersResponse> ListUsersAsync(string appId, string channelName, CancellationToken cancellationToken = default);
}

/// <summary>Signaling, as the server's own Signaling user (an RTM token built here, renewed before it expires).</summary>
[AgoraApi]
[AccessToken2Auth]
public partial interface ISignalingApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEventsResponse> GetUserEventsAsync(string appId, CancellationToken cancellationToken = default);
}

public sealed record ChannelSummary([property: JsonPropertyName("channel_name")] string ChannelName, [property: JsonPropertyName("user_count")] int UserCount);

public sealed record ChannelPage(IReadOnlyList<ChannelSummary> Channels, [property: JsonPropertyName("total_size")] int TotalSize);

public sealed record ChannelListResponse(bool Success, ChannelPage Data);

public sealed record ChannelUsers([property: JsonPropertyName("channel_exist")] bool ChannelExist, int Mode, int Total, IReadOnlyList<long>? Users);

public sealed record ChannelUsersResponse(bool Success, ChannelUsers Data);

public sealed record UserEvent([property: JsonPropertyName("user_id")] string UserId, string Type, long Ms);

public sealed record UserEventsResponse(string Result, IReadOnlyList<UserEvent> Events);
