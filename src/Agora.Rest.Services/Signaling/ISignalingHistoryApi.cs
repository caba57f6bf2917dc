using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.Signaling;

/// <summary>
/// Signaling message history, on its own host (<c>api.sd-rtn.com</c>, no base path). Agora's description declares HTTP
/// Basic and its samples send a Signaling token (<c>Authorization: agora token=</c>): the client sends whichever its
/// credentials carry.
/// </summary>
[AgoraApi("https://api.sd-rtn.com", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
[AccessToken2Auth]
public partial interface ISignalingHistoryApi
{
    /// <summary>
    /// Reads a channel's stored messages (those sent with historical messaging on). The answer can be HTTP 200 and still a
    /// failure: check <see cref="MessageHistoryResponse.Succeeded"/> (<c>error</c>, <c>errorCode</c>, <c>reason</c>).
    /// Needs token credentials (a Signaling token built for <paramref name="userId"/>).
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="userId">The user who queries: 1 to 64 characters.</param>
    /// <param name="channelType">The kind of channel: <c>message</c> or <c>user</c> (<see cref="HistoryChannelType.Message"/> or <see cref="HistoryChannelType.User"/>).</param>
    /// <param name="channelName">The channel's name: 1 to 64 characters.</param>
    /// <param name="startTimestamp">Start of the time window, a timestamp whose unit Agora does not state (default 0); to page, pass the previous answer's <c>newStart</c>.</param>
    /// <param name="endTimestamp">End of the time window, in the same unit as <paramref name="startTimestamp"/> (default 0).</param>
    /// <param name="messageCount">How many messages at most, 1 to 100 (Agora's default 100).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/rtm/v2/history/{appId}/userId/{userId}/channelType/{channelType}/channel/{channelName}")]
    Task<MessageHistoryResponse> GetMessageHistoryAsync(
        string appId,
        string userId,
        HistoryChannelType channelType,
        string channelName,
        [Query("start")] long? startTimestamp = null,
        [Query("end")] long? endTimestamp = null,
        [Query("messageCount")] int? messageCount = null,
        CancellationToken cancellationToken = default);
}
