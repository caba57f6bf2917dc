using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// Cloud Recording in web page mode (<c>mode/web</c>): a browser records a page and may push it to a CDN. Flow:
/// <see cref="AcquireAsync"/> (which sends scene 1, as web mode needs), then <see cref="StartAsync"/> within seconds, then
/// <see cref="QueryAsync"/> to confirm, <see cref="UpdateAsync"/> to pause, resume or move the CDN push, and
/// <see cref="StopAsync"/>. Web mode has no updateLayout and does not stop by itself when idle. Failures are
/// <see cref="AgoraApiException"/>s; see <see cref="CloudRecordingErrors"/>.
/// </summary>
[AgoraApi("https://api.sd-rtn.com", JsonContext = typeof(AgoraServicesJson))]
[BasicAuth]
public partial interface IWebRecordingApi
{
    /// <summary>
    /// Reserves a web recording resource (scene 1, set by <see cref="WebAcquireClientRequest"/>). The resource ID lapses
    /// after 5 minutes; start within 2 seconds, one acquire per start. A repeated acquire only leaves an unused resource
    /// behind, so it is retried safely.
    /// </summary>
    /// <param name="appId">An App ID with Cloud Recording enabled.</param>
    /// <param name="request">The recording's name, the recorder's UID and the options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/apps/{appId}/cloud_recording/acquire"), Idempotent]
    Task<AcquireResponse> AcquireAsync(string appId, [Body] WebAcquireRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts recording the page with an acquired web resource. A sid back means accepted, not running: query to confirm.
    /// Code 7 (<see cref="CloudRecordingErrors.IsAlreadyStarted(AgoraApiException)"/>) means it was already started.
    /// </summary>
    /// <param name="appId">The App ID used with acquire.</param>
    /// <param name="resourceId">The resource ID from acquire.</param>
    /// <param name="request">The recording's name, the recorder's UID and the services to run.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/mode/web/start")]
    Task<RecordingSessionResponse> StartAsync(string appId, string resourceId, [Body] WebStartRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pauses or resumes the page recording, changes the CDN address or refreshes storage credentials; wait for each answer
    /// before the next call. HTTP 404 when the recording is not running
    /// (<see cref="CloudRecordingErrors.IsWorkerNotFound(AgoraApiException)"/>).
    /// </summary>
    /// <param name="appId">The App ID used with acquire.</param>
    /// <param name="resourceId">The resource ID from acquire.</param>
    /// <param name="sid">The recording ID from start.</param>
    /// <param name="request">The recording's name, the recorder's UID and the changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/web/update")]
    Task<RecordingSessionResponse> UpdateAsync(string appId, string resourceId, string sid, [Body] WebUpdateRecordingRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the recorder's state and each service's (files, pause, CDN push). HTTP 404 when it is not running
    /// (<see cref="CloudRecordingErrors.IsWorkerNotFound(AgoraApiException)"/>).
    /// </summary>
    /// <param name="appId">The App ID used with acquire.</param>
    /// <param name="resourceId">The resource ID from acquire.</param>
    /// <param name="sid">The recording ID from start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/web/query")]
    Task<WebQueryRecordingResponse> QueryAsync(string appId, string resourceId, string sid, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops the page recording. HTTP 404 when it already ended (e.g. after <c>maxRecordingHour</c>).
    /// </summary>
    /// <param name="appId">The App ID used with acquire.</param>
    /// <param name="resourceId">The resource ID from acquire.</param>
    /// <param name="sid">The recording ID from start.</param>
    /// <param name="request">The recording's name, the recorder's UID and whether to wait for uploads.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/v1/apps/{appId}/cloud_recording/resourceid/{resourceId}/sid/{sid}/mode/web/stop")]
    Task<WebStopRecordingResponse> StopAsync(string appId, string resourceId, string sid, [Body] StopRecordingRequest request, CancellationToken cancellationToken = default);
}
