using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>
/// Agora Media Gateway (RTMP/SRT ingress into channels) on <c>api.agora.io</c>: streaming keys, flow-configuration
/// templates, online streams and the notification servers' IPs. Muting a stream lives on another host, in
/// <see cref="IMediaGatewayStreamControlApi"/>.
/// </summary>
/// <remarks>
/// Agora accepts Basic or HMAC credentials; these clients send Basic. A failure raises <see cref="AgoraApiException"/>
/// with Agora's <c>message</c> as <see cref="AgoraApiException.ErrorMessage"/>: 401 means bad or missing credentials, 429
/// a rate limit (Agora documents 50 creates, 50 deletes, 50 updates and 100 queries a second per project).
/// Routes and bodies are case-sensitive; the region must be the one the stream is pushed to.
/// </remarks>
[AgoraApi("https://api.agora.io", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IMediaGatewayApi
{
    /// <summary>
    /// Creates a streaming key that binds pushes to a channel and host uid; keep it secret, as anyone holding it can push
    /// into the channel. Not repeatable: a second call makes a second key.
    /// </summary>
    /// <param name="region">The region of the stream and of its streaming domain.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="request">The channel, uid, lifetime and template of the key.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Post("/{region}/v1/projects/{appId}/rtls/ingress/streamkeys")]
    Task<MediaGatewayStreamKeyResponse> CreateStreamKeyAsync(
        MediaGatewayRegion region,
        string appId,
        [Body] MediaGatewayStreamKeyRequest request,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads a streaming key: its channel, uid and lifetime.</summary>
    /// <param name="region">The region the key was created in.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="streamKey">The streaming key.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/{region}/v1/projects/{appId}/rtls/ingress/streamkeys/{streamKey}")]
    Task<MediaGatewayStreamKeyResponse> GetStreamKeyAsync(
        MediaGatewayRegion region,
        string appId,
        string streamKey,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes a streaming key so new pushes with it fail; a push under way continues (see
    /// <see cref="DisconnectOnlineStreamAsync"/>). Call it in every region you use to revoke a key everywhere.
    /// </summary>
    /// <param name="region">The region to revoke the key in.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="streamKey">The streaming key.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/{region}/v1/projects/{appId}/rtls/ingress/streamkeys/{streamKey}")]
    Task<MediaGatewayStatusResponse> DeleteStreamKeyAsync(
        MediaGatewayRegion region,
        string appId,
        string streamKey,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists the project's streams being pushed now, optionally of one channel.</summary>
    /// <param name="region">The region of the streams.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="channel">Only streams of this channel (sent URL-encoded).</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/{region}/v1/projects/{appId}/rtls/ingress/online-streams")]
    Task<MediaGatewayOnlineStreamListResponse> ListOnlineStreamsAsync(
        MediaGatewayRegion region,
        string appId,
        [Query("channel")] string? channel = null,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads one stream being pushed now, by its session id (from the list or the notification callback).</summary>
    /// <param name="region">The region of the stream.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="sid">The push session's id; every push gets a new one.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/{region}/v1/projects/{appId}/rtls/ingress/online-streams/{sid}")]
    Task<MediaGatewayOnlineStreamResponse> GetOnlineStreamAsync(
        MediaGatewayRegion region,
        string appId,
        string sid,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a disconnect command to a stream being pushed; success means the command was sent. Revoke the key first
    /// (<see cref="DeleteStreamKeyAsync"/>), or the encoder reconnects at once under a new session id.
    /// </summary>
    /// <param name="region">The region of the stream.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="sid">The push session's id.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/{region}/v1/projects/{appId}/rtls/ingress/online-streams/{sid}")]
    Task<MediaGatewayStatusResponse> DisconnectOnlineStreamAsync(
        MediaGatewayRegion region,
        string appId,
        string sid,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a flow-configuration template (transcoding and jitter buffer), or replaces the whole template of that id;
    /// at most 10 templates per project. Without any template, video is not transcoded.
    /// </summary>
    /// <param name="region">The region of the streams it applies to.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="templateId">The template's id: ASCII letters and digits, at most 12.</param>
    /// <param name="request">The whole template.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/{region}/v1/projects/{appId}/rtls/ingress/stream-templates/{templateId}")]
    Task<MediaGatewayStatusResponse> CreateOrResetTemplateAsync(
        MediaGatewayRegion region,
        string appId,
        string templateId,
        [Body] MediaGatewayTemplateRequest request,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes parts of an existing template: each unit sent (video transcoding, audio transcoding, jitter buffer) replaces
    /// that unit whole; units left out stay. Applies to new pushes; wait 3 minutes before pushing again.
    /// </summary>
    /// <param name="region">The region of the streams it applies to.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="templateId">The template's id.</param>
    /// <param name="request">The units to replace.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Patch("/{region}/v1/projects/{appId}/rtls/ingress/stream-templates/{templateId}")]
    Task<MediaGatewayStatusResponse> UpdateTemplateAsync(
        MediaGatewayRegion region,
        string appId,
        string templateId,
        [Body] MediaGatewayTemplateUpdateRequest request,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a template from the next push or reconnect on; keys bound to it fall back to the project's global template,
    /// or to no transcoding when there is none.
    /// </summary>
    /// <param name="region">The region of the streams it applies to.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="templateId">The template's id.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Delete("/{region}/v1/projects/{appId}/rtls/ingress/stream-templates/{templateId}")]
    Task<MediaGatewayStatusResponse> DeleteTemplateAsync(
        MediaGatewayRegion region,
        string appId,
        string templateId,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Makes an existing template the project's default for every streaming key without one of its own.</summary>
    /// <param name="region">The region of the streams it applies to.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="request">The template's id.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Put("/{region}/v1/projects/{appId}/rtls/ingress/appconfig")]
    Task<MediaGatewayStatusResponse> SetGlobalTemplateAsync(
        MediaGatewayRegion region,
        string appId,
        [Body] MediaGatewayGlobalTemplateRequest request,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the IPs of Agora's notification (webhook) servers to allow in your firewall; they change every 24 hours, so
    /// read them at least once a day.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/v2/ncs/ip")]
    Task<NotificationServerIpsResponse> GetNotificationServerIpsAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Agora Media Gateway stream control on <c>api.sd-rtn.com</c> (the host Agora documents for it): mutes or unmutes a
/// stream being pushed. Basic authentication, like <see cref="IMediaGatewayApi"/>.
/// </summary>
[AgoraApi("https://api.sd-rtn.com", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IMediaGatewayStreamControlApi
{
    /// <summary>
    /// Mutes or unmutes a stream's audio and video. Asynchronous: success means the gateway got the command, which usually
    /// applies within a second; repeat it if it did not. Streams start unmuted, and a reconnect unmutes them again.
    /// </summary>
    /// <remarks>The route's API version hole is the only documented value, <c>v1</c>.</remarks>
    /// <param name="region">The region of the stream.</param>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="sid">The push session's id.</param>
    /// <param name="request">The audio and video states to set.</param>
    /// <param name="requestId">Your UUID for this request (<c>X-Request-ID</c>), echoed back; Agora makes one when omitted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    // The body sets absolute states, and Agora's docs ask callers to repeat it when it has not taken effect.
    [Post("/{region}/v1/projects/{appId}/rtls/ingress/online-streams/mute/{sid}"), Idempotent]
    Task<MediaGatewayStatusResponse> MuteOnlineStreamAsync(
        MediaGatewayRegion region,
        string appId,
        string sid,
        [Body] MediaGatewayMuteRequest request,
        [Header("X-Request-ID")] string? requestId = null,
        CancellationToken cancellationToken = default);
}
