using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>
/// Channel Management queries of RTC channels: the channels of a project, who is in a channel, and one user's state.
/// Agora may return inaccurate results while users join and leave quickly.
/// </summary>
[AgoraApi("https://api.agora.io", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IChannelApi
{
    /// <summary>Lists the project's channels with their user counts, one page at a time.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="pageNo">Zero-based page index (Agora's default 0); a page past the last one comes back empty.</param>
    /// <param name="pageSize">Channels per page, 1 to 500 (Agora's default 100).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/dev/v1/channel/{appid}")]
    Task<ChannelListResponse> ListChannelsAsync(
        string appId,
        [Query("page_no")] int? pageNo = null,
        [Query("page_size")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the users of a channel: everyone in a communication channel, hosts and audience in a live-broadcast one.
    /// Every user of the channel must use the same channel profile, or the lists may be wrong.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="channelName">The channel's name.</param>
    /// <param name="hostsOnly">
    /// Any value (it is a presence flag: even <c>"false"</c> counts) asks a live-broadcast channel for its hosts only;
    /// <see langword="null"/> omits it. <see cref="ListHostsAsync"/> asks the same thing.
    /// </param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/dev/v1/channel/user/{appid}/{channelName}")]
    Task<ChannelUsersResponse> ListUsersAsync(
        string appId,
        string channelName,
        [Query("hosts_only")] string? hostsOnly = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists the hosts of a live-broadcast channel (channel profile LIVE_BROADCASTING only).</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="channelName">The channel's name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/dev/v1/channel/user/{appid}/{channelName}/hosts_only")]
    Task<ChannelHostsResponse> ListHostsAsync(string appId, string channelName, CancellationToken cancellationToken = default);

    /// <summary>Tells whether a user is in a channel and, if so, their role, join time and platform.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="uid">The integer RTC user ID (string user accounts are not supported), up to 2^32-1.</param>
    /// <param name="channelName">The channel's name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/dev/v1/channel/user/property/{appid}/{uid}/{channelName}")]
    Task<UserStatusResponse> GetUserStatusAsync(string appId, long uid, string channelName, CancellationToken cancellationToken = default);
}
