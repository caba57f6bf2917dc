namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// The <c>code</c> values Agora documents in Cloud Recording error bodies (<c>{"code": …, "reason": …}</c>), read with
/// <see cref="CloudRecordingErrors.CloudRecordingError(AgoraApiException)"/>.
/// </summary>
/// <remarks>
/// Sources: Agora's Cloud Recording "Common errors" page (docs.agora.io/en/cloud-recording/reference/common-errors and
/// its Chinese edition docs.agora.io/cn/cloud-recording/common_errors: 2, 7, 8, 49, 53, 62, 65, 109, 110, 432, 433,
/// 435, 501, 1001, 1003, 1013, 1028), its "Response status codes" page (docs.agora.io/en/cloud-recording/rest-api/status-codes:
/// acquire's 400, 401 and 405) and the OpenAPI description (AgoraIO/docs-portal,
/// content/openapi/cloud-recording/cloud-recording.en.yaml: 50, 404). Meanings are paraphrased; codes Agora does not
/// document (e.g. 15, 16) are left out and read back as their number.
/// </remarks>
public enum CloudRecordingErrorCode
{
    /// <summary><c>2</c>: a parameter is invalid: wrong type, misspelt (names are case-sensitive), out of range or missing; see the reason.</summary>
    InvalidParameter = 2,

    /// <summary><c>7</c>: the recording already runs; do not send start twice with one resource ID.</summary>
    AlreadyStarted = 7,

    /// <summary>
    /// <c>8</c>: the HTTP request is malformed: wrong Content-Type (send <c>application/json;charset=utf-8</c>),
    /// <c>cloud_recording</c> missing from the URL, wrong HTTP method, or a body that is not JSON.
    /// </summary>
    InvalidHttpRequest = 8,

    /// <summary><c>49</c>: stop was sent again for a resource ID and sid that were already stopped.</summary>
    RepeatedStop = 49,

    /// <summary><c>50</c>: a synchronous stop (<c>async_stop</c> false) waited more than 20 s for the uploads.</summary>
    UploadTimeout = 50,

    /// <summary>
    /// <c>53</c>: a recording with the same parameters already runs (acquire was called again with them and the new resource
    /// used to start); give each parallel recording its own uid.
    /// </summary>
    DuplicateRecording = 53,

    /// <summary>
    /// <c>62</c>: on acquire, Cloud Recording is not enabled for the App ID; on start, the recording service could not be
    /// reached, so send the request again; on query or stop, the request timed out.
    /// </summary>
    NotEnabledOrTimedOut = 62,

    /// <summary><c>65</c>: usually network jitter; start again with the same resource ID, backing off (e.g. after 3 s, then 6 s).</summary>
    NetworkJitter = 65,

    /// <summary><c>109</c>: the RTC token the recorder joins with has expired; generate a new one.</summary>
    TokenExpired = 109,

    /// <summary><c>110</c>: the RTC token the recorder joins with is wrong.</summary>
    InvalidToken = 110,

    /// <summary><c>400</c> (reason <c>invalid_appid</c>): the App ID is invalid or Cloud Recording is not enabled for it.</summary>
    InvalidAppId = 400,

    /// <summary><c>401</c> (reason <c>invalid_channel_name</c>): acquire's <c>cname</c> has unsupported characters.</summary>
    UnsupportedChannelName = 401,

    /// <summary><c>404</c> (reason <c>failed to find worker</c>): no active recording matches; see <see cref="CloudRecordingErrors.IsWorkerNotFound(AgoraApiException)"/>.</summary>
    WorkerNotFound = 404,

    /// <summary><c>405</c> (reason <c>no_active_status</c>): the app's service is unavailable, e.g. for an overdue account.</summary>
    AppNotActive = 405,

    /// <summary><c>432</c>: a parameter is invalid, or the App ID, channel name or uid does not match the resource ID.</summary>
    ParameterMismatch = 432,

    /// <summary><c>433</c>: the resource ID expired (start within 5 minutes of acquire); acquire a new one.</summary>
    ResourceExpired = 433,

    /// <summary><c>435</c>: no file was recorded because nobody sent a stream in the channel.</summary>
    NoFileRecorded = 435,

    /// <summary><c>501</c>: the recorder is exiting, e.g. query after stop.</summary>
    Exiting = 501,

    /// <summary><c>1001</c>: the resource ID could not be decrypted; acquire a new one.</summary>
    InvalidResourceId = 1001,

    /// <summary><c>1003</c>: the App ID or sid does not belong to the resource ID; keep the three together for one recording.</summary>
    SessionMismatch = 1003,

    /// <summary><c>1013</c>: the channel name is invalid: at most 64 bytes from Agora's supported character set.</summary>
    InvalidChannelName = 1013,

    /// <summary><c>1028</c>: updateLayout's body has an invalid parameter.</summary>
    InvalidLayout = 1028,
}
