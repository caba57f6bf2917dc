using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>Start's body for composite (mix) recording: every user in one file.</summary>
public sealed class MixStartRequest
{
    /// <summary>The channel to record; the same as in acquire.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>The recorder's UID; the same as in acquire.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>What to record and where to put it.</summary>
    [JsonPropertyName("clientRequest")]
    public required MixStartClientRequest ClientRequest { get; set; }
}

/// <summary>
/// Mix recording's start settings (start's <c>clientRequest</c>, or acquire's <c>startParameter</c>, which must then be
/// equal).
/// </summary>
public sealed class MixStartClientRequest
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

    /// <summary>Which streams to record and how to mix them.</summary>
    [JsonPropertyName("recordingConfig")]
    public MixRecordingConfig? RecordingConfig { get; set; }

    /// <summary>Which file formats to write; <c>["hls","mp4"]</c> for MP4 too.</summary>
    [JsonPropertyName("recordingFileConfig")]
    public RecordingFileConfig? RecordingFileConfig { get; set; }
}

/// <summary>What mix recording subscribes to and how it mixes (<c>recordingConfig</c>).</summary>
public sealed class MixRecordingConfig
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

    /// <summary>The mixed audio's quality; default <see cref="CloudRecording.AudioProfile.MonoStandard"/>.</summary>
    [JsonPropertyName("audioProfile")]
    public AudioProfile? AudioProfile { get; set; }

    /// <summary>The mixed video's size, rate and layout.</summary>
    [JsonPropertyName("transcodingConfig")]
    public TranscodingConfig? TranscodingConfig { get; set; }
}

/// <summary>The mixed video (<c>transcodingConfig</c>; mix mode). Width × height may not exceed 1920 × 1080.</summary>
public sealed class TranscodingConfig
{
    /// <summary>Width in pixels; default 360.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height in pixels; default 640.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Frames per second; default 15.</summary>
    [JsonPropertyName("fps")]
    public int? Fps { get; set; }

    /// <summary>Video bitrate in Kbps; default 500.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }

    /// <summary>The UID in the large window of the vertical layout (1 to 2^32-1); needed with <see cref="CloudRecording.MixedVideoLayout.Vertical"/>.</summary>
    [JsonPropertyName("maxResolutionUid")]
    public string? MaxResolutionUid { get; set; }

    /// <summary>The layout; default floating.</summary>
    [JsonPropertyName("mixedVideoLayout")]
    public MixedVideoLayout? MixedVideoLayout { get; set; }

    /// <summary>The canvas colour as RGB hex, e.g. <c>"#FF0000"</c>; default <c>"#000000"</c>.</summary>
    [JsonPropertyName("backgroundColor")]
    public string? BackgroundColor { get; set; }

    /// <summary>The URL of a canvas image, scaled to fill and cropped.</summary>
    [JsonPropertyName("backgroundImage")]
    public string? BackgroundImage { get; set; }

    /// <summary>The URL of the image shown for a user whose video stopped for more than 3.5 s, unless <see cref="BackgroundConfig"/> names one.</summary>
    [JsonPropertyName("defaultUserBackgroundImage")]
    public string? DefaultUserBackgroundImage { get; set; }

    /// <summary>The windows of the custom layout, at most 17; with <see cref="CloudRecording.MixedVideoLayout.Custom"/> only.</summary>
    [JsonPropertyName("layoutConfig")]
    public IReadOnlyList<LayoutRegion>? LayoutConfig { get; set; }

    /// <summary>Per-user images shown when a user's video stops.</summary>
    [JsonPropertyName("backgroundConfig")]
    public IReadOnlyList<UserBackground>? BackgroundConfig { get; set; }
}
