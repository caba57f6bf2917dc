using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>Update's body for individual and mix recording: new subscription lists or storage credentials.</summary>
public sealed class UpdateRecordingRequest
{
    /// <summary>The channel being recorded; the same as in acquire.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>The recorder's UID; the same as in acquire.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>What to change.</summary>
    [JsonPropertyName("clientRequest")]
    public required UpdateRecordingClientRequest ClientRequest { get; set; }
}

/// <summary>The changes to a running individual or mix recording (update's <c>clientRequest</c>).</summary>
public sealed class UpdateRecordingClientRequest
{
    /// <summary>New subscription lists.</summary>
    [JsonPropertyName("streamSubscribe")]
    public StreamSubscribe? StreamSubscribe { get; set; }

    /// <summary>The storage settings again, e.g. with a fresh <see cref="CloudRecording.StorageConfig.StsToken"/>.</summary>
    [JsonPropertyName("storageConfig")]
    public StorageConfig? StorageConfig { get; set; }
}

/// <summary>New subscription lists (<c>streamSubscribe</c>).</summary>
public sealed class StreamSubscribe
{
    /// <summary>The audio lists; when audio is subscribed.</summary>
    [JsonPropertyName("audioUidList")]
    public AudioUidList? AudioUidList { get; set; }

    /// <summary>The video lists; when video is subscribed.</summary>
    [JsonPropertyName("videoUidList")]
    public VideoUidList? VideoUidList { get; set; }
}

/// <summary>Audio subscription lists (<c>audioUidList</c>): set one of the two.</summary>
public sealed class AudioUidList
{
    /// <summary>Audio UIDs to record, at most 32; <c>["#allstream#"]</c> for all.</summary>
    [JsonPropertyName("subscribeAudioUids")]
    public IReadOnlyList<string>? SubscribeAudioUids { get; set; }

    /// <summary>Audio UIDs not to record (all others are), at most 32.</summary>
    [JsonPropertyName("unsubscribeAudioUids")]
    public IReadOnlyList<string>? UnsubscribeAudioUids { get; set; }
}

/// <summary>Video subscription lists (<c>videoUidList</c>): set one of the two.</summary>
public sealed class VideoUidList
{
    /// <summary>Video UIDs to record, at most 32; <c>["#allstream#"]</c> for all.</summary>
    [JsonPropertyName("subscribeVideoUids")]
    public IReadOnlyList<string>? SubscribeVideoUids { get; set; }

    /// <summary>Video UIDs not to record (all others are), at most 32.</summary>
    [JsonPropertyName("unsubscribeVideoUids")]
    public IReadOnlyList<string>? UnsubscribeVideoUids { get; set; }
}

/// <summary>Update's body for web page recording: pause or resume, change the CDN address, or refresh storage credentials.</summary>
public sealed class WebUpdateRecordingRequest
{
    /// <summary>The recording's name; the same as in acquire.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>The recorder's UID; the same as in acquire.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>What to change.</summary>
    [JsonPropertyName("clientRequest")]
    public required WebUpdateRecordingClientRequest ClientRequest { get; set; }
}

/// <summary>The changes to a running web recording (update's <c>clientRequest</c>).</summary>
public sealed class WebUpdateRecordingClientRequest
{
    /// <summary>Pause or resume the page recording.</summary>
    [JsonPropertyName("webRecordingConfig")]
    public WebRecordingConfig? WebRecordingConfig { get; set; }

    /// <summary>A new CDN address for the push.</summary>
    [JsonPropertyName("rtmpPublishConfig")]
    public RtmpPublishConfig? RtmpPublishConfig { get; set; }

    /// <summary>The storage settings again, e.g. with a fresh <see cref="CloudRecording.StorageConfig.StsToken"/>.</summary>
    [JsonPropertyName("storageConfig")]
    public StorageConfig? StorageConfig { get; set; }
}

/// <summary>Pausing web recording (<c>webRecordingConfig</c>). Wait for each update's answer before sending the next.</summary>
public sealed class WebRecordingConfig
{
    /// <summary>True pauses recording and file writing; false resumes. Default false.</summary>
    [JsonPropertyName("onhold")]
    public bool? OnHold { get; set; }
}

/// <summary>The CDN push's new addresses (<c>rtmpPublishConfig</c>).</summary>
public sealed class RtmpPublishConfig
{
    /// <summary>RTMP or RTMPS addresses; one stream is pushed at a time.</summary>
    [JsonPropertyName("outputs")]
    public IReadOnlyList<RtmpOutput>? Outputs { get; set; }
}
