using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>Start's body for individual recording: one file set per user.</summary>
public sealed class IndividualStartRequest
{
    /// <summary>The channel to record; the same as in acquire.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>The recorder's UID; the same as in acquire.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>What to record and where to put it.</summary>
    [JsonPropertyName("clientRequest")]
    public required IndividualStartClientRequest ClientRequest { get; set; }
}

/// <summary>
/// Individual recording's start settings (start's <c>clientRequest</c>, or acquire's <c>startParameter</c>, which must
/// then be equal).
/// </summary>
public sealed class IndividualStartClientRequest
{
    /// <summary>
    /// The RTC token the recorder joins with, when the project has an App Certificate. It cannot be renewed, so it must
    /// outlive the recording.
    /// </summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>Where the files go.</summary>
    [JsonPropertyName("storageConfig")]
    public required StorageConfig StorageConfig { get; set; }

    /// <summary>Which streams to record.</summary>
    [JsonPropertyName("recordingConfig")]
    public IndividualRecordingConfig? RecordingConfig { get; set; }

    /// <summary>Which file formats to write; leave it out only for screenshots alone.</summary>
    [JsonPropertyName("recordingFileConfig")]
    public RecordingFileConfig? RecordingFileConfig { get; set; }

    /// <summary>Screenshots, alone or while recording; needs video subscribed (<see cref="SubscribedMedia.VideoOnly"/> or <see cref="SubscribedMedia.AudioAndVideo"/>).</summary>
    [JsonPropertyName("snapshotConfig")]
    public SnapshotConfig? SnapshotConfig { get; set; }
}

/// <summary>What individual recording subscribes to and how (<c>recordingConfig</c>).</summary>
public sealed class IndividualRecordingConfig
{
    /// <summary>The channel profile; it must match the RTC SDK's.</summary>
    [JsonPropertyName("channelType")]
    public required ChannelType ChannelType { get; set; }

    /// <summary>How to decrypt an encrypted channel; default <see cref="CloudRecording.DecryptionMode.None"/>.</summary>
    [JsonPropertyName("decryptionMode")]
    public DecryptionMode? DecryptionMode { get; set; }

    /// <summary>The channel's encryption key; required unless <see cref="DecryptionMode"/> is none.</summary>
    [JsonPropertyName("secret")]
    public string? Secret { get; set; }

    /// <summary>The encryption salt, Base64 of 32 bytes; required with the GCM2 modes (7 and 8).</summary>
    [JsonPropertyName("salt")]
    public string? Salt { get; set; }

    /// <summary>Seconds without users in the channel after which the recorder leaves and stops: 5 to 2,592,000, default 30.</summary>
    [JsonPropertyName("maxIdleTime")]
    public int? MaxIdleTime { get; set; }

    /// <summary>The media to subscribe to; default audio and video.</summary>
    [JsonPropertyName("streamTypes")]
    public SubscribedMedia? StreamTypes { get; set; }

    /// <summary>Which layer of a dual-stream sender to record; default high.</summary>
    [JsonPropertyName("videoStreamType")]
    public VideoStreamType? VideoStreamType { get; set; }

    /// <summary>
    /// Audio UIDs to record, at most 32; <c>["#allstream#"]</c> for all. Not with <see cref="UnsubscribeAudioUids"/>. Setting
    /// only the video lists records no audio.
    /// </summary>
    [JsonPropertyName("subscribeAudioUids")]
    public IReadOnlyList<string>? SubscribeAudioUids { get; set; }

    /// <summary>Audio UIDs not to record (all others are), at most 32. Not with <see cref="SubscribeAudioUids"/>.</summary>
    [JsonPropertyName("unsubscribeAudioUids")]
    public IReadOnlyList<string>? UnsubscribeAudioUids { get; set; }

    /// <summary>
    /// Video UIDs to record, at most 32; <c>["#allstream#"]</c> for all. Not with <see cref="UnsubscribeVideoUids"/>. Setting
    /// only the audio lists records no video.
    /// </summary>
    [JsonPropertyName("subscribeVideoUids")]
    public IReadOnlyList<string>? SubscribeVideoUids { get; set; }

    /// <summary>Video UIDs not to record (all others are), at most 32. Not with <see cref="SubscribeVideoUids"/>.</summary>
    [JsonPropertyName("unsubscribeVideoUids")]
    public IReadOnlyList<string>? UnsubscribeVideoUids { get; set; }

    /// <summary>The expected peak number of subscribed UIDs; Agora's docs ask for it in individual mode.</summary>
    [JsonPropertyName("subscribeUidGroup")]
    public SubscribeUidGroup? SubscribeUidGroup { get; set; }

    /// <summary>How the media files are written; default <see cref="CloudRecording.StreamMode.Default"/>.</summary>
    [JsonPropertyName("streamMode")]
    public StreamMode? StreamMode { get; set; }
}

/// <summary>Screenshots in individual recording (<c>snapshotConfig</c>).</summary>
public sealed class SnapshotConfig
{
    /// <summary>Seconds between screenshots: 5 to 3,600, default 10.</summary>
    [JsonPropertyName("captureInterval")]
    public int? CaptureInterval { get; set; }

    /// <summary>The image formats; only <see cref="SnapshotFileType.Jpg"/> exists.</summary>
    [JsonPropertyName("fileType")]
    public required IReadOnlyList<SnapshotFileType> FileTypes { get; set; }
}
