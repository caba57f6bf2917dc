using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>Start's body for web page recording: a browser records a page, optionally pushing it to a CDN.</summary>
public sealed class WebStartRequest
{
    /// <summary>The recording's name; the same as in acquire.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>The recorder's UID; the same as in acquire.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>What to record and where to put it.</summary>
    [JsonPropertyName("clientRequest")]
    public required WebStartClientRequest ClientRequest { get; set; }
}

/// <summary>
/// Web page recording's start settings (start's <c>clientRequest</c>, or acquire's <c>startParameter</c>, which must then
/// be equal). Web mode takes no token and no <c>recordingConfig</c>.
/// </summary>
public sealed class WebStartClientRequest
{
    /// <summary>Where the files go.</summary>
    [JsonPropertyName("storageConfig")]
    public required StorageConfig StorageConfig { get; set; }

    /// <summary>Which file formats to write; <c>["hls","mp4"]</c> for MP4 too.</summary>
    [JsonPropertyName("recordingFileConfig")]
    public RecordingFileConfig? RecordingFileConfig { get; set; }

    /// <summary>The services that record the page and push it to a CDN; web recording does nothing without them.</summary>
    [JsonPropertyName("extensionServiceConfig")]
    public ExtensionServiceConfig? ExtensionServiceConfig { get; set; }
}

/// <summary>The extension services of a web recording (<c>extensionServiceConfig</c>).</summary>
public sealed class ExtensionServiceConfig
{
    /// <summary>What an extension service's failure does to the recorder's own services; only <see cref="CloudRecording.ErrorHandlePolicy.Abort"/> (the default) exists.</summary>
    [JsonPropertyName("errorHandlePolicy")]
    public ErrorHandlePolicy? ErrorHandlePolicy { get; set; }

    /// <summary>The services: a <see cref="WebRecorderService"/>, and a <see cref="RtmpPublishService"/> to push to a CDN.</summary>
    [JsonPropertyName("extensionServices")]
    public required IReadOnlyList<ExtensionService> ExtensionServices { get; set; }
}

/// <summary>
/// One web recording extension service (an <c>extensionServices</c> item): <see cref="WebRecorderService"/> or
/// <see cref="RtmpPublishService"/>. Each writes its own <c>serviceName</c> and <c>serviceParam</c>, so a name cannot go
/// with the other service's parameters.
/// </summary>
[JsonDerivedType(typeof(WebRecorderService))]
[JsonDerivedType(typeof(RtmpPublishService))]
public abstract class ExtensionService
{
    private protected ExtensionService(ExtensionServiceName serviceName) => ServiceName = serviceName;

    /// <summary>The service's name, fixed by the derived type.</summary>
    [JsonPropertyName("serviceName")]
    public ExtensionServiceName ServiceName { get; }

    /// <summary>
    /// What this service's failure does to the others: default <see cref="CloudRecording.ErrorHandlePolicy.Abort"/> for the
    /// web recorder, <see cref="CloudRecording.ErrorHandlePolicy.Ignore"/> for the CDN push. A failed page recording fails the
    /// push; a failed push leaves the recording alone.
    /// </summary>
    [JsonPropertyName("errorHandlePolicy")]
    public ErrorHandlePolicy? ErrorHandlePolicy { get; set; }
}

/// <summary>The web page recording service (<c>"web_recorder_service"</c>).</summary>
public sealed class WebRecorderService : ExtensionService
{
    /// <summary>Creates the service entry; set <see cref="ServiceParam"/>.</summary>
    public WebRecorderService()
        : base(ExtensionServiceName.WebRecorder)
    {
    }

    /// <summary>The page and the output.</summary>
    [JsonPropertyName("serviceParam")]
    public required WebRecorderServiceParam ServiceParam { get; set; }
}

/// <summary>The service that pushes the recorded page to a CDN (<c>"rtmp_publish_service"</c>).</summary>
public sealed class RtmpPublishService : ExtensionService
{
    /// <summary>Creates the service entry; set <see cref="ServiceParam"/>.</summary>
    public RtmpPublishService()
        : base(ExtensionServiceName.RtmpPublish)
    {
    }

    /// <summary>Where to push.</summary>
    [JsonPropertyName("serviceParam")]
    public required RtmpPublishServiceParam ServiceParam { get; set; }
}

/// <summary>The web recorder's parameters (<c>serviceParam</c> of <c>"web_recorder_service"</c>). Width × height may not exceed 1920 × 1080.</summary>
public sealed class WebRecorderServiceParam
{
    /// <summary>The address of the page to record.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; set; }

    /// <summary>The recorded audio's quality.</summary>
    [JsonPropertyName("audioProfile")]
    public required AudioProfile AudioProfile { get; set; }

    /// <summary>The output width in pixels.</summary>
    [JsonPropertyName("videoWidth")]
    public required int VideoWidth { get; set; }

    /// <summary>The output height in pixels.</summary>
    [JsonPropertyName("videoHeight")]
    public required int VideoHeight { get; set; }

    /// <summary>The longest the recording may run, in hours: 1 to 720.</summary>
    [JsonPropertyName("maxRecordingHour")]
    public required int MaxRecordingHour { get; set; }

    /// <summary>The output video bitrate in Kbps.</summary>
    [JsonPropertyName("videoBitrate")]
    public int? VideoBitrate { get; set; }

    /// <summary>The output frame rate: 5 to 60, default 15.</summary>
    [JsonPropertyName("videoFps")]
    public int? VideoFps { get; set; }

    /// <summary>Render the page as a mobile browser would; default false.</summary>
    [JsonPropertyName("mobile")]
    public bool? Mobile { get; set; }

    /// <summary>Minutes after which a new MP4 file starts: 30 to 240, default 120.</summary>
    [JsonPropertyName("maxVideoDuration")]
    public int? MaxVideoDuration { get; set; }

    /// <summary>Open and render the page without writing files until update sets <c>onhold</c> to false; default false.</summary>
    [JsonPropertyName("onhold")]
    public bool? OnHold { get; set; }

    /// <summary>Seconds to wait for the page to load: 0 to 60, default 0.</summary>
    [JsonPropertyName("readyTimeout")]
    public int? ReadyTimeout { get; set; }

    /// <summary>The output container and audio settings.</summary>
    [JsonPropertyName("container")]
    public WebRecorderContainer? Container { get; set; }
}

/// <summary>The web recorder's output container (<c>serviceParam.container</c>); Agora types every field as a string.</summary>
public sealed class WebRecorderContainer
{
    /// <summary>The container format, such as <c>"mp4"</c>, <c>"mp3"</c>, <c>"m4a"</c> or <c>"aac"</c>.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; set; }

    /// <summary>The audio sample rate in Hz, as text.</summary>
    [JsonPropertyName("sampleRate")]
    public string? SampleRate { get; set; }

    /// <summary>The audio bitrate in Kbps, as text.</summary>
    [JsonPropertyName("bitrate")]
    public string? Bitrate { get; set; }

    /// <summary>The number of audio channels, as text.</summary>
    [JsonPropertyName("channels")]
    public string? Channels { get; set; }
}

/// <summary>The CDN push's parameters (<c>serviceParam</c> of <c>"rtmp_publish_service"</c>).</summary>
public sealed class RtmpPublishServiceParam
{
    /// <summary>The CDN addresses to push to; one stream at a time.</summary>
    [JsonPropertyName("outputs")]
    public IReadOnlyList<RtmpOutput>? Outputs { get; set; }
}

/// <summary>One CDN address (an <c>outputs</c> item).</summary>
public sealed class RtmpOutput
{
    /// <summary>An <c>rtmp://</c> or <c>rtmps://</c> address.</summary>
    [JsonPropertyName("rtmpUrl")]
    public string? RtmpUrl { get; set; }
}
