using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// Cloud Recording in individual mode (<c>mode/individual</c>): one set of files per user, with optional screenshots.
/// Flow: <see cref="AcquireAsync"/>, then <see cref="StartAsync"/> within seconds, then <see cref="QueryAsync"/> to confirm,
/// <see cref="UpdateAsync"/> as needed, and <see cref="StopAsync"/>. Failures are <see cref="AgoraApiException"/>s; see
/// <see cref="CloudRecordingErrors"/>.
/// </summary>
[AgoraApi("https://api.sd-rtn.com", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IIndividualRecordingApi
{
    /// <summary>
    /// Reserves a resource for one recording (scene 0). The resource ID lapses after 5 minutes; start within 2 seconds, one
    /// acquire per start (acquiring many first and starting them later may fail). A repeated acquire only leaves an unused
    /// resource behind, so it is retried safely.
    /// </summary>
    /// <param name="appId">An App ID with Cloud Recording enabled: the channel's own.</param>
    /// <param name="request">The channel, the recorder's UID and the options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/apps/{appId}/cloud_recording/acquire"), Idempotent]
    Task<AcquireResponse> AcquireAsync(string appId, [Body] IndividualAcquireRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts recording with an acquired resource. A sid back means accepted, not running: query to confirm. Code 7
    /// (<see cref="CloudRecordingErrors.IsAlreadyStarted(AgoraApiException)"/>) means it was already started.
    /// </summary>
    /// <param name="appId">The App ID used with acquire.</param>
    /// <param name="resourceId">The resource ID from acquire.</param>
    /// <param name="request">The channel, the recorder's UID and the recording settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/mode/individual/start")]
    Task<RecordingSessionResponse> StartAsync(string appId, string resourceId, [Body] IndividualStartRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the subscription lists or the storage credentials of a running recording; wait for each answer before the
    /// next call. HTTP 404 when the recording is not running (<see cref="CloudRecordingErrors.IsWorkerNotFound(AgoraApiException)"/>).
    /// </summary>
    /// <param name="appId">The App ID used with acquire.</param>
    /// <param name="resourceId">The resource ID from acquire.</param>
    /// <param name="sid">The recording ID from start.</param>
    /// <param name="request">The channel, the recorder's UID and the changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/individual/update")]
    Task<RecordingSessionResponse> UpdateAsync(string appId, string resourceId, string sid, [Body] UpdateRecordingRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a running recording's state and files. HTTP 404 when it is not running
    /// (<see cref="CloudRecordingErrors.IsWorkerNotFound(AgoraApiException)"/>).
    /// </summary>
    /// <param name="appId">The App ID used with acquire.</param>
    /// <param name="resourceId">The resource ID from acquire.</param>
    /// <param name="sid">The recording ID from start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/individual/query")]
    Task<QueryRecordingResponse> QueryAsync(string appId, string resourceId, string sid, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops the recording and leaves the channel. HTTP 404 when it already ended (e.g. after <c>maxIdleTime</c> without
    /// users); code 435 (<see cref="CloudRecordingErrors.IsNoFileRecorded(AgoraApiException)"/>) when nothing was recorded.
    /// </summary>
    /// <param name="appId">The App ID used with acquire.</param>
    /// <param name="resourceId">The resource ID from acquire.</param>
    /// <param name="sid">The recording ID from start.</param>
    /// <param name="request">The channel, the recorder's UID and whether to wait for uploads.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/individual/stop")]
    Task<StopRecordingResponse> StopAsync(string appId, string resourceId, string sid, [Body] StopRecordingRequest request, CancellationToken cancellationToken = default);
}
