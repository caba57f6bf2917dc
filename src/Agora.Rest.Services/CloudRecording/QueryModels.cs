using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>What query answers in individual and mix modes.</summary>
public sealed class QueryRecordingResponse
{
    /// <summary>The channel name.</summary>
    [JsonPropertyName("cname")]
    public string? Cname { get; set; }

    /// <summary>The recorder's UID.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>The resource ID.</summary>
    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; set; }

    /// <summary>The recording ID.</summary>
    [JsonPropertyName("sid")]
    public string? Sid { get; set; }

    /// <summary>The recorder's state and files.</summary>
    [JsonPropertyName("serverResponse")]
    public QueryServerResponse? ServerResponse { get; set; }
}

/// <summary>An individual or mix recorder's state (query's <c>serverResponse</c>); the fields present depend on mode and screenshots.</summary>
public sealed class QueryServerResponse
{
    /// <summary>The recorder's state.</summary>
    [JsonPropertyName("status")]
    public RecordingStatus? Status { get; set; }

    /// <summary>When recording started, Unix time in milliseconds; individual mode only.</summary>
    [JsonPropertyName("sliceStartTime")]
    public long? SliceStartTime { get; set; }

    /// <summary>The shape <see cref="FileList"/> came in; absent when screenshots are on.</summary>
    [JsonPropertyName("fileListMode")]
    public FileListMode? FileListMode { get; set; }

    /// <summary>The files so far, in either shape; absent when screenshots are on.</summary>
    [JsonPropertyName("fileList")]
    public RecordedFileList? FileList { get; set; }
}

/// <summary>What query answers in web mode.</summary>
public sealed class WebQueryRecordingResponse
{
    /// <summary>The recording's name.</summary>
    [JsonPropertyName("cname")]
    public string? Cname { get; set; }

    /// <summary>The recorder's UID.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>The resource ID.</summary>
    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; set; }

    /// <summary>The recording ID.</summary>
    [JsonPropertyName("sid")]
    public string? Sid { get; set; }

    /// <summary>The recorder's state and its services'.</summary>
    [JsonPropertyName("serverResponse")]
    public WebQueryServerResponse? ServerResponse { get; set; }
}

/// <summary>A web recorder's state (query's <c>serverResponse</c> in web mode).</summary>
public sealed class WebQueryServerResponse
{
    /// <summary>The recorder's state.</summary>
    [JsonPropertyName("status")]
    public RecordingStatus? Status { get; set; }

    /// <summary>The state of each extension service.</summary>
    [JsonPropertyName("extensionServiceState")]
    public IReadOnlyList<ExtensionServiceState>? ExtensionServiceState { get; set; }
}

/// <summary>One extension service's state while recording (an <c>extensionServiceState</c> item of query).</summary>
public sealed class ExtensionServiceState
{
    /// <summary>The service: <see cref="ExtensionServiceName.WebRecorder"/> or <see cref="ExtensionServiceName.RtmpPublish"/>.</summary>
    [JsonPropertyName("serviceName")]
    public ExtensionServiceName? ServiceName { get; set; }

    /// <summary>The service's own state.</summary>
    [JsonPropertyName("payload")]
    public ExtensionServicePayload? Payload { get; set; }
}

/// <summary>A web extension service's state during recording (query's <c>payload</c>).</summary>
public sealed class ExtensionServicePayload
{
    /// <summary>The files written so far; web recorder only.</summary>
    [JsonPropertyName("fileList")]
    public IReadOnlyList<WebRecordedFile>? FileList { get; set; }

    /// <summary>Whether the recording is paused; web recorder only.</summary>
    [JsonPropertyName("onhold")]
    public bool? OnHold { get; set; }

    /// <summary>The service's state.</summary>
    [JsonPropertyName("state")]
    public ExtensionServiceRunState? State { get; set; }

    /// <summary>Each CDN address and its push state; CDN push only.</summary>
    [JsonPropertyName("outputs")]
    public IReadOnlyList<RtmpOutputState>? Outputs { get; set; }
}

/// <summary>A file of a web recording (a <c>payload.fileList</c> item; note the lower-case wire name <c>filename</c>).</summary>
public sealed class WebRecordedFile
{
    /// <summary>The M3U8 or MP4 file name.</summary>
    [JsonPropertyName("filename")]
    public string? FileName { get; set; }

    /// <summary>When the file's recording started, Unix time in seconds.</summary>
    [JsonPropertyName("sliceStartTime")]
    public long? SliceStartTime { get; set; }
}

/// <summary>One CDN address and how pushing to it goes (a <c>payload.outputs</c> item).</summary>
public sealed class RtmpOutputState
{
    /// <summary>The CDN address.</summary>
    [JsonPropertyName("rtmpUrl")]
    public string? RtmpUrl { get; set; }

    /// <summary>The push state.</summary>
    [JsonPropertyName("status")]
    public RtmpPublishStatus? Status { get; set; }
}
