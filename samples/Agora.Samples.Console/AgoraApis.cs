using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Samples.ConsoleApp;

/// <summary>Agora Console RESTful API: projects of the account.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IProjectApi
{
    [Get("/dev/v1/projects")]
    Task<ProjectList> ListProjectsAsync(CancellationToken cancellationToken = default);
}

/// <summary>Channel management: who is online.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IChannelApi
{
    [Get("/dev/v1/channel/{appId}")]
    Task<ChannelListResponse> ListChannelsAsync(string appId, [Query("page_no")] int page = 0,
        [Query("page_size")] int pageSize = 100, CancellationToken cancellationToken = default);
}

/// <summary>Channel management: banning users from channels.</summary>
[AgoraApi]
[BasicAuth]
public partial interface IKickingRuleApi
{
    [Post("/dev/v1/kicking-rule")]
    Task<KickingRuleCreated> CreateAsync([Body] NewKickingRule rule, CancellationToken cancellationToken = default);

    [Get("/dev/v1/kicking-rule")]
    Task<KickingRuleList> ListAsync([Query("appid")] string appId, CancellationToken cancellationToken = default);

    [Delete("/dev/v1/kicking-rule")]
    Task<AgoraResponse<KickingRuleDeleted>> DeleteAsync([Body] KickingRuleReference rule, CancellationToken cancellationToken = default);
}

/// <summary>
/// Signaling, as the server: HTTP Basic may act as any user id. A client app would use its own Signaling token
/// ([AccessToken2Auth]) and could act only as itself.
/// </summary>
[AgoraApi]
[BasicAuth]
public partial interface ISignalingApi
{
    [Get("/dev/v2/project/{appId}/rtm/vendor/user_events")]
    Task<UserEventList> GetUserEventsAsync(string appId, CancellationToken cancellationToken = default);

    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/peer_messages")]
    Task<SignalingResult> SendPeerMessageAsync(string appId, string userId, [Body] PeerMessage message,
        [Query("wait_for_ack")] bool waitForAck = false, CancellationToken cancellationToken = default);

    [Post("/dev/v2/project/{appId}/rtm/users/{userId}/channel_messages")]
    Task<SignalingResult> SendChannelMessageAsync(string appId, string userId, [Body] ChannelMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Cloud Recording: acquire a resource, start, query and stop a recording.</summary>
[AgoraApi]
[BasicAuth]
public partial interface ICloudRecordingApi
{
    // A second acquire only leaves an unused resource id behind, which lapses: safe for a retry pipeline to repeat.
    [Post("/v1/apps/{appId}/cloud_recording/acquire")]
    [Idempotent]
    Task<RecordingResource> AcquireAsync(string appId, [Body] AcquireRequest request, CancellationToken cancellationToken = default);

    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/mode/{mode}/start")]
    Task<RecordingStarted> StartAsync(string appId, string resourceId, RecordingMode mode, [Body] StartRequest request, CancellationToken cancellationToken = default);

    [Get("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/{mode}/query")]
    Task<RecordingQuery> QueryAsync(string appId, string resourceId, string sid, RecordingMode mode, CancellationToken cancellationToken = default);

    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/{mode}/stop")]
    Task<RecordingStopped> StopAsync(string appId, string resourceId, string sid, RecordingMode mode, [Body] StopRequest request, CancellationToken cancellationToken = default);
}
