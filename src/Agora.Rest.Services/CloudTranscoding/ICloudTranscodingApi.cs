using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>
/// Agora Cloud Transcoding: transcoding tasks that mix RTC or CDN inputs into streams published to an RTC channel,
/// the viewer-side bitrate templates (ABR), and the notification servers' addresses. Every task call needs a builder
/// token from <see cref="AcquireBuilderTokenAsync"/>.
/// </summary>
[AgoraApi("https://api.sd-rtn.com", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface ICloudTranscodingApi
{
    // An unused token only lapses after 5 minutes, so asking again is harmless.
    /// <summary>
    /// Gets a builder token for one task. The token is good for creating a task for 5 minutes; send the create within
    /// about 2 seconds of getting it. One instance ID may get several tokens, but a token serves one task only.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="request">The instance ID and the same service configuration the task will be created with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token to pass as <c>builderToken</c> to every call about the task.</returns>
    [Post("/v1/projects/{appId}/rtsc/cloud-transcoder/builderTokens"), Idempotent]
    Task<BuilderTokenAcquired> AcquireBuilderTokenAsync(string appId, [Body] AcquireBuilderTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates (starts) a transcoding task. One task publishes to one RTC channel; pushing to a CDN and to a channel,
    /// or with different audio/video settings per destination, needs one task each. Creating many tasks right after
    /// acquiring many tokens in a batch may fail.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="builderToken">The <see cref="BuilderTokenAcquired.TokenName"/> of a token acquired under 5 minutes ago, not used for another task.</param>
    /// <param name="request">The task's inputs, canvas and outputs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task's ID and state.</returns>
    [Post("/v1/projects/{appId}/rtsc/cloud-transcoder/tasks")]
    Task<TranscodingTask> CreateAsync(string appId, [Query("builderToken")] string builderToken, [Body] TranscodingTaskRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a task's state (an alternative to the notification service's events).</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="taskId">The task's ID from <see cref="CreateAsync"/>.</param>
    /// <param name="builderToken">The builder token the task was created with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task's state.</returns>
    [Get("/v1/projects/{appId}/rtsc/cloud-transcoder/tasks/{taskId}")]
    Task<TranscodingTask> QueryAsync(string appId, string taskId, [Query("builderToken")] string builderToken, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates a running task. Send the whole configuration, as on create; fields left as they were keep their values.
    /// Only these changes take effect: adding or removing the <c>rtc</c> members of audio and video inputs, moving a
    /// video input's region, and changing an output's audio and video options.
    /// </summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="taskId">The task's ID from <see cref="CreateAsync"/>.</param>
    /// <param name="builderToken">The builder token the task was created with.</param>
    /// <param name="sequenceId">The update's sequence number, as text; each update must send a greater number than the one before.</param>
    /// <param name="updateMask">What the update replaces; <see cref="TranscoderUpdateMask.Config"/> is the documented value.</param>
    /// <param name="request">The task's full configuration, with the changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Agora accepted the update (the response has no body).</returns>
    [Patch("/v1/projects/{appId}/rtsc/cloud-transcoder/tasks/{taskId}")]
    Task UpdateAsync(string appId, string taskId, [Query("builderToken")] string builderToken, [Query("sequenceId")] string sequenceId, [Query("updateMask")] TranscoderUpdateMask updateMask, [Body] TranscodingTaskRequest request, CancellationToken cancellationToken = default);

    /// <summary>Destroys (stops) a task.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="taskId">The task's ID from <see cref="CreateAsync"/>.</param>
    /// <param name="builderToken">The builder token the task was created with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task's final state.</returns>
    [Delete("/v1/projects/{appId}/rtsc/cloud-transcoder/tasks/{taskId}")]
    Task<TranscodingTask> DeleteAsync(string appId, string taskId, [Query("builderToken")] string builderToken, CancellationToken cancellationToken = default);

    // Keyed by the caller's template ID, so sending the same template twice leaves the same template.
    /// <summary>Creates the viewer-side transcoding template with the given ID, or replaces it when it exists.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="codecId">The template's ID, chosen by the caller.</param>
    /// <param name="request">The template: whether it is enabled and its output video.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it succeeded; a failure answers with a non-2xx status and a message.</returns>
    [Post("/v1/projects/{appId}/rtls/abr/config/codecs/{codecId}"), Idempotent]
    Task<TranscodingTemplateSaved> CreateOrUpdateTemplateAsync(string appId, string codecId, [Body] TranscodingTemplate request, CancellationToken cancellationToken = default);

    /// <summary>Lists the project's viewer-side transcoding templates and whether the feature is enabled.</summary>
    /// <param name="appId">The project's App ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    [Get("/v1/projects/{appId}/rtls/abr/config/codecs")]
    Task<TranscodingTemplates> ListTemplatesAsync(string appId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the IP addresses Agora's notification servers send events from, to allow in a firewall. Agora changes them
    /// on a 24-hour cycle: ask at least once a day.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The servers' addresses.</returns>
    [Get("/v1/ncs/ip")]
    Task<NotificationServerIpsResponse> GetNotificationServerIpsAsync(CancellationToken cancellationToken = default);
}
