using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.Signaling;

/// <summary>
/// Signaling (RTM) from the server: send peer and channel messages, and pull user and channel events. Peer and channel
/// messages share a limit of 500 calls per second per App ID; user and channel IDs are 1 to 64 characters.
/// </summary>
[AgoraApi("https://api.agora.io/dev/v2/project", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface ISignalingApi
{
    /// <summary>
    /// Sends a message from one user to another; the sender need not be logged in. With Basic credentials any sender id
    /// may be used. Shares 500 calls/s per App ID with <see cref="SendChannelMessageAsync"/>.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="userId">The sender's user ID: 1 to 64 characters, not starting or ending with a space.</param>
    /// <param name="request">The receiver and the payload (at most 32 KB).</param>
    /// <param name="waitForAck">
    /// <see langword="true"/> to answer only once the receiver acknowledges; <see langword="false"/> (Agora's default) to
    /// answer once Agora has the message; <see langword="null"/> omits it.
    /// </param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/{appid}/rtm/users/{user_id}/peer_messages")]
    Task<SendMessageResponse> SendPeerMessageAsync(
        string appId,
        [Path("user_id")] string userId,
        [Body] PeerMessageRequest request,
        [Query("wait_for_ack")] bool? waitForAck = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a message to a channel without joining it. Shares 500 calls/s per App ID with
    /// <see cref="SendPeerMessageAsync"/>.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="userId">The sender's user ID: 1 to 64 characters, not starting or ending with a space.</param>
    /// <param name="request">The channel and the payload (at most 32 KB).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/{appid}/rtm/users/{user_id}/channel_messages")]
    Task<SendMessageResponse> SendChannelMessageAsync(
        string appId,
        [Path("user_id")] string userId,
        [Body] ChannelMessageRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Pulls login and logout events. Reading deletes them: each event comes back once. At most 1,000 per call, 2,000
    /// kept (the oldest dropped first), 10 calls/s per App ID; no order across regions, and duplicates are possible.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/{appid}/rtm/vendor/user_events")]
    Task<UserEventsResponse> GetUserEventsAsync(string appId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pulls channel join and leave events. Reading deletes them: each event comes back once. At most 1,000 per call,
    /// 2,000 kept (the oldest dropped first), 10 calls/s per App ID; no order across regions, and duplicates are possible.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/{appid}/rtm/vendor/channel_events")]
    Task<ChannelEventsResponse> GetChannelEventsAsync(string appId, CancellationToken cancellationToken = default);
}
