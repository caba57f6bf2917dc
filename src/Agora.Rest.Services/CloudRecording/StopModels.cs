using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>Stop's body, the same in every mode. To record again afterwards, acquire a new resource.</summary>
public sealed class StopRecordingRequest
{
    /// <summary>The channel or recording name; the same as in acquire.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>The recorder's UID; the same as in acquire.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>How to answer.</summary>
    [JsonPropertyName("clientRequest")]
    public required StopRecordingClientRequest ClientRequest { get; set; }
}

/// <summary>Stop's options (<c>clientRequest</c>).</summary>
public sealed class StopRecordingClientRequest
{
    /// <summary>
    /// True: answer at once, without waiting for uploads. False (the default): answer once every file is uploaded; if that
    /// takes more than 20 s, stop fails with code 50 (<see cref="CloudRecordingErrorCode.UploadTimeout"/>).
    /// </summary>
    [JsonPropertyName("async_stop")]
    public bool? AsyncStop { get; set; }
}

/// <summary>What stop answers in individual and mix modes.</summary>
public sealed class StopRecordingResponse
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

    /// <summary>The upload state and the files.</summary>
    [JsonPropertyName("serverResponse")]
    public StopServerResponse? ServerResponse { get; set; }
}

/// <summary>An individual or mix recording's end (stop's <c>serverResponse</c>); the fields present depend on mode and screenshots.</summary>
public sealed class StopServerResponse
{
    /// <summary>Where the files are.</summary>
    [JsonPropertyName("uploadingStatus")]
    public UploadingStatus? UploadingStatus { get; set; }

    /// <summary>The shape <see cref="FileList"/> came in; absent when screenshots are on.</summary>
    [JsonPropertyName("fileListMode")]
    public FileListMode? FileListMode { get; set; }

    /// <summary>The recorded files, in either shape; absent when screenshots are on.</summary>
    [JsonPropertyName("fileList")]
    public RecordedFileList? FileList { get; set; }
}

/// <summary>What stop answers in web mode.</summary>
public sealed class WebStopRecordingResponse
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

    /// <summary>The services' states at the end.</summary>
    [JsonPropertyName("serverResponse")]
    public WebStopServerResponse? ServerResponse { get; set; }
}

/// <summary>A web recording's end (stop's <c>serverResponse</c> in web mode).</summary>
public sealed class WebStopServerResponse
{
    /// <summary>The state of each service when it stopped.</summary>
    [JsonPropertyName("extensionServiceState")]
    public IReadOnlyList<StopExtensionServiceState>? ExtensionServiceState { get; set; }
}

/// <summary>One service's state at stop (an <c>extensionServiceState</c> item of stop).</summary>
public sealed class StopExtensionServiceState
{
    /// <summary>The service: <see cref="ExtensionServiceName.Upload"/> or <see cref="ExtensionServiceName.WebRecorder"/>.</summary>
    [JsonPropertyName("serviceName")]
    public ExtensionServiceName? ServiceName { get; set; }

    /// <summary>The service's own state.</summary>
    [JsonPropertyName("payload")]
    public StopExtensionServicePayload? Payload { get; set; }
}

/// <summary>A web service's state at stop (stop's <c>payload</c>).</summary>
public sealed class StopExtensionServicePayload
{
    /// <summary>Where the files are; upload service only.</summary>
    [JsonPropertyName("uploadingStatus")]
    public UploadingStatus? UploadingStatus { get; set; }

    /// <summary>The files written; web recorder only.</summary>
    [JsonPropertyName("fileList")]
    public IReadOnlyList<WebRecordedFile>? FileList { get; set; }

    /// <summary>Whether the recording was paused when it stopped; web recorder only.</summary>
    [JsonPropertyName("onhold")]
    public bool? OnHold { get; set; }

    /// <summary>The service's state; web recorder only.</summary>
    [JsonPropertyName("state")]
    public ExtensionServiceRunState? State { get; set; }
}
