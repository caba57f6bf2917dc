using System;
using System.Globalization;
using System.Net;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// Recognises the Cloud Recording failures callers meet most, from an <see cref="AgoraApiException"/> a generated client
/// threw, without matching message text.
/// </summary>
public static class CloudRecordingErrors
{
    private const string WorkerNotFoundReason = "failed to find worker";

    /// <summary>
    /// Whether query, update, updateLayout or stop found no active recording: HTTP 404 with code 404 or the reason
    /// "failed to find worker" (Agora's gateway 404 for a wrong route is not one). Usual causes: the recorder never got
    /// going or has already left (nobody sent a stream before <c>maxIdleTime</c> ran out, a bad token, a wrong storage
    /// key or transcoding setting); the wrong mode, resource ID or sid in the path; or a call made too soon after start,
    /// or while Agora moves a failed recorder (up to about 90 s: query again later).
    /// </summary>
    /// <param name="exception">The failure a generated client threw.</param>
    public static bool IsWorkerNotFound(this AgoraApiException exception)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        if (exception.StatusCode != HttpStatusCode.NotFound)
        {
            return false;
        }

        // The documented body is {"code":404,"reason":"failed to find worker"}; some answers nest the text in
        // serverResponse.payload.message instead, so the scrubbed body excerpt is the last resort.
        return Code(exception) == (int)CloudRecordingErrorCode.WorkerNotFound
            || string.Equals(exception.Reason, WorkerNotFoundReason, StringComparison.OrdinalIgnoreCase)
            || (exception.ResponseBodyExcerpt?.IndexOf(WorkerNotFoundReason, StringComparison.OrdinalIgnoreCase) ?? -1) >= 0;
    }

    /// <summary>Whether start failed because the recording already runs (code 7): start was sent twice for one resource ID.</summary>
    /// <param name="exception">The failure a generated client threw.</param>
    public static bool IsAlreadyStarted(this AgoraApiException exception) =>
        CloudRecordingError(exception) == CloudRecordingErrorCode.AlreadyStarted;

    /// <summary>Whether stop reports that nothing was recorded (code 435): nobody sent a stream in the channel.</summary>
    /// <param name="exception">The failure a generated client threw.</param>
    public static bool IsNoFileRecorded(this AgoraApiException exception) =>
        CloudRecordingError(exception) == CloudRecordingErrorCode.NoFileRecorded;

    /// <summary>
    /// Agora's numeric <c>code</c> from the error body as a <see cref="CloudRecordingErrorCode"/>, or <see langword="null"/>
    /// when the body had none (e.g. a gateway error with only a <c>message</c>). A code Agora does not document comes back
    /// as its number (<see cref="Enum.IsDefined(Type, object)"/> is false for it).
    /// </summary>
    /// <param name="exception">The failure a generated client threw.</param>
    public static CloudRecordingErrorCode? CloudRecordingError(this AgoraApiException exception)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        return Code(exception) is int code ? (CloudRecordingErrorCode)code : null;
    }

    private static int? Code(AgoraApiException exception) =>
        int.TryParse(exception.ErrorCode, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int code) ? code : null;
}
