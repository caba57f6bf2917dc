using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.MediaPush;

/// <summary>
/// Agora Media Push: converters that take the audio and video of an RTC channel, transcode them or not, and push them
/// to a CDN over RTMP; plus the notification servers' addresses. The channel must use the live-broadcasting profile.
/// Create, update, get and delete name the converter's <see cref="StreamingRegion"/>; the lists do not.
/// </summary>
[AgoraApi("https://api.sd-rtn.com", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IMediaPushApi
{
    /// <summary>
    /// Creates a converter, transcoding (<see cref="ConverterConfig.TranscodeOptions"/>) or not
    /// (<see cref="ConverterConfig.RawOptions"/>), that starts pushing to <see cref="ConverterConfig.RtmpUrl"/>.
    /// A name already used by a converter of the project fails with 409 Conflict.
    /// </summary>
    /// <param name="region">The region to run in, the CDN origin's region.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="request">The converter.</param>
    /// <param name="regionHintIp">The CDN origin's IPv4 address, which helps keep the RTMP stream stable; omitted when null.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; Agora then answers with <c>X-Custom-Request-ID</c>. Omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new converter's ID and state.</returns>
    [Post("/{region}/v1/projects/{appId}/rtmp-converters")]
    Task<ConverterResult> CreateConverterAsync(StreamingRegion region, string appId, [Body] CreateConverterRequest request, [Query("regionHintIp")] string? regionHintIp = null, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>Destroys a converter, which stops its push.</summary>
    /// <param name="region">The region the converter was created in.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="converterId">The converter's ID.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the converter is destroyed (the response has no body).</returns>
    [Delete("/{region}/v1/projects/{appId}/rtmp-converters/{converterId}")]
    Task DeleteConverterAsync(StreamingRegion region, string appId, string converterId, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a converter's settings: the fields named in <see cref="UpdateConverterRequest.Fields"/>. Name, idle
    /// timeout, channel, audio codec settings and video codec settings cannot change; with the vertical layout only the
    /// RTMP URL can.
    /// </summary>
    /// <param name="region">The region the converter was created in.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="converterId">The converter's ID.</param>
    /// <param name="request">The changed fields.</param>
    /// <param name="sequence">The update's sequence number, 0 or more and greater than the last update's (0, 1, 2, ...); Agora applies the highest. Omitted when null.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The converter's ID and state.</returns>
    [Patch("/{region}/v1/projects/{appId}/rtmp-converters/{converterId}")]
    Task<ConverterResult> UpdateConverterAsync(StreamingRegion region, string appId, string converterId, [Body] UpdateConverterRequest request, [Query("sequence")] long? sequence = null, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a converter's settings. A failure's body carries <c>reason</c> rather than <c>message</c>.</summary>
    /// <param name="region">The region the converter was created in.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="converterId">The converter's ID.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The converter's configuration.</returns>
    [Get("/{region}/v1/projects/{appId}/rtmp-converters/{converterId}")]
    Task<ConverterInfo> GetConverterAsync(StreamingRegion region, string appId, string converterId, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the project's converters, up to 500 a page; call again with the answer's cursor until it is 0.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="cursor">The previous page's <see cref="ConverterListData.Cursor"/>; null (omitted) for the first page.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of converters.</returns>
    [Get("/v1/projects/{appId}/rtmp-converters")]
    Task<ConverterList> ListConvertersAsync(string appId, [Query("cursor")] long? cursor = null, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the converters of one channel, up to 500 a page; call again with the answer's cursor until it is 0.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="cname">The channel's name (up to 64 bytes).</param>
    /// <param name="cursor">The previous page's <see cref="ConverterListData.Cursor"/>; null (omitted) for the first page.</param>
    /// <param name="requestId">A UUID naming the request for troubleshooting; omitted when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of converters.</returns>
    [Get("/v1/projects/{appId}/channels/{cname}/rtmp-converters")]
    Task<ConverterList> ListChannelConvertersAsync(string appId, string cname, [Query("cursor")] long? cursor = null, [Header("X-Request-ID")] string? requestId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the IP addresses Agora's notification servers send Media Push events from, to allow in a firewall. Agora
    /// changes them on a 24-hour cycle: ask at least once a day.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The servers' addresses.</returns>
    [Get("/v1/ncs/ip")]
    Task<NotificationServerIpsResponse> GetNotificationServerIpsAsync(CancellationToken cancellationToken = default);
}
