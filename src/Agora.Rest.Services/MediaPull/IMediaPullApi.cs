using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Services.MediaPush;

namespace Agora.Rest.Services.MediaPull;

/// <summary>
/// Agora Media Pull: cloud players that inject an online media stream (HTTP, HTTPS, RTMP, HLS, or an image) into an RTC
/// channel as a user; plus the notification servers' addresses. The channel must use the live-broadcasting profile.
/// Create, update and delete name the player's region (<see cref="StreamingRegion"/>, shared with Media Push); the list does not.
/// </summary>
[AgoraApi("https://api.sd-rtn.com", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IMediaPullApi
{
    /// <summary>
    /// Creates a cloud player. It needs <see cref="CloudPlayerConfig.Uid"/> or <see cref="CloudPlayerConfig.Account"/>
    /// (neither: 400 Bad Request); a name already used in the project answers 409 Conflict; a 504 leaves the outcome
    /// unknown, so check with <see cref="ListPlayersAsync"/> rather than leave a player unmanaged.
    /// </summary>
    /// <param name="region">The region to run in, the stream origin's region.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="request">The player.</param>
    /// <param name="streamIp">The stream origin's IPv4 address, only when the origin serves part of the region; omitted when null.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; Agora echoes it. Omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new player's ID, UID and state.</returns>
    [Post("/{region}/v1/projects/{appId}/cloud-player/players")]
    Task<CloudPlayerCreated> CreatePlayerAsync(StreamingRegion region, string appId, [Body] CreatePlayerRequest request, [Query("streamIp")] string? streamIp = null, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a player: the audio (volume alone, or volume and profile together), pause or resume, the source URL, the
    /// on-demand position, or the speed. Fails with a body carrying <c>reason</c>.
    /// </summary>
    /// <param name="region">The region the player was created in.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="playerId">The player's ID.</param>
    /// <param name="sequence">The update's sequence number, required: 0 or more and greater than the last update's (0, 1, 2, ...); Agora applies the highest.</param>
    /// <param name="request">The changes.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Agora accepted the change (the response has no body).</returns>
    [Patch("/{region}/v1/projects/{appId}/cloud-player/players/{playerId}")]
    Task UpdatePlayerAsync(StreamingRegion region, string appId, string playerId, [Query("sequence")] long sequence, [Body] UpdatePlayerRequest request, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the project's players, oldest first, a page at a time; call again with <see cref="CloudPlayerList.NextPageToken"/>
    /// while <see cref="CloudPlayerList.HasMorePages"/>. A player created in the last ~10 seconds may not show yet.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="filter">Only <c>channelName eq &lt;name&gt;</c> is supported (see <see cref="PlayerListFilter.ByChannel"/>); omitted when null.</param>
    /// <param name="pageSize">Players a page: 1 to 500; 200 when omitted.</param>
    /// <param name="pageToken">The previous page's <see cref="CloudPlayerList.NextPageToken"/>; null (omitted) for the first page.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of players.</returns>
    [Get("/v1/projects/{appId}/cloud-player/players")]
    Task<CloudPlayerList> ListPlayersAsync(string appId, [Query("filter")] string? filter = null, [Query("pageSize")] int? pageSize = null, [Query("pageToken")] string? pageToken = null, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Destroys a player. Destroying one already gone still succeeds; a 504 leaves the outcome unknown, so check with
    /// <see cref="ListPlayersAsync"/>.
    /// </summary>
    /// <param name="region">The region the player was created in.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="playerId">The player's ID.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the player is destroyed (the response has no body).</returns>
    [Delete("/{region}/v1/projects/{appId}/cloud-player/players/{playerId}")]
    Task DeletePlayerAsync(StreamingRegion region, string appId, string playerId, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the IP addresses Agora's notification servers send Media Pull events from, to allow in a firewall. Agora
    /// changes them on a 24-hour cycle: ask at least once a day.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The servers' addresses.</returns>
    [Get("/v1/ncs/ip")]
    Task<NotificationServerIpsResponse> GetNotificationServerIpsAsync(CancellationToken cancellationToken = default);
}
