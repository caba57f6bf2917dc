using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>The body of <see cref="IMediaPushApi.UpdateConverterAsync"/>: the changed fields and their names.</summary>
public sealed class UpdateConverterRequest
{
    /// <summary>The converter's changed fields; fields left null are not sent.</summary>
    [JsonPropertyName("converter")]
    public ConverterUpdate? Converter { get; set; }

    /// <summary>
    /// The fields of <see cref="Converter"/> the update sets, as a protobuf FieldMask: comma-separated, no space after
    /// a comma (for example <c>"rtmpUrl"</c> or <c>"transcodeOptions.audioOptions.volumes,rtmpUrl"</c>). Agora's schema
    /// requires it for a transcoded converter; its raw-converter example sends it too.
    /// </summary>
    [JsonPropertyName("fields")]
    public required string Fields { get; set; }
}

/// <summary>The fields of a converter an update may change.</summary>
public sealed class ConverterUpdate
{
    /// <summary>A transcoded converter's audio and video changes.</summary>
    [JsonPropertyName("transcodeOptions")]
    public ConverterTranscodeOptionsUpdate? TranscodeOptions { get; set; }

    /// <summary>A new CDN push address, up to 1024 characters (the only change a raw or vertical-layout converter takes).</summary>
    [JsonPropertyName("rtmpUrl")]
    public string? RtmpUrl { get; set; }

    /// <summary>A new jitter buffer in milliseconds: 0 to 1000, rounded up to a multiple of 100.</summary>
    [JsonPropertyName("jitterBufferSizeMs")]
    public int? JitterBufferSizeMs { get; set; }
}

/// <summary>The audio and video changes of a transcoded converter.</summary>
public sealed class ConverterTranscodeOptionsUpdate
{
    /// <summary>Audio changes: the mixed users and their volumes.</summary>
    [JsonPropertyName("audioOptions")]
    public ConverterAudioOptionsUpdate? AudioOptions { get; set; }

    /// <summary>Video changes: canvas, layout, bitrate, frame rate, GOP, SEI.</summary>
    [JsonPropertyName("videoOptions")]
    public ConverterVideoOptionsUpdate? VideoOptions { get; set; }
}

/// <summary>The audio a converter's update may change (codec, sample rate, bitrate and channels cannot change).</summary>
public sealed class ConverterAudioOptionsUpdate
{
    /// <summary>The UIDs to mix: null leaves the field out, an empty list mixes nobody.</summary>
    [JsonPropertyName("rtcStreamUids")]
    public IReadOnlyList<long>? RtcStreamUids { get; set; }

    /// <summary>Per-user volumes; every user not listed goes back to 100.</summary>
    [JsonPropertyName("volumes")]
    public IReadOnlyList<ConverterAudioVolume>? Volumes { get; set; }
}

/// <summary>The video a converter's update may change (codec and profile cannot change).</summary>
public sealed class ConverterVideoOptionsUpdate
{
    /// <summary>A new canvas.</summary>
    [JsonPropertyName("canvas")]
    public ConverterCanvasUpdate? Canvas { get; set; }

    /// <summary>A new custom layout (user and image items in one list, see <see cref="ConverterLayoutItem"/>).</summary>
    [JsonPropertyName("layout")]
    public IReadOnlyList<ConverterLayoutItem>? Layout { get; set; }

    /// <summary>A new default placeholder image (JPG, PNG or GIF URL).</summary>
    [JsonPropertyName("defaultPlaceholderImageUrl")]
    public string? DefaultPlaceholderImageUrl { get; set; }

    /// <summary>A new bitrate in Kbps: 1 to 10000.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }

    /// <summary>A new frame rate: 1 to 30 fps.</summary>
    [JsonPropertyName("frameRate")]
    public int? FrameRate { get; set; }

    /// <summary>A new GOP in frames.</summary>
    [JsonPropertyName("gop")]
    public int? Gop { get; set; }

    /// <summary>New SEI settings.</summary>
    [JsonPropertyName("seiOptions")]
    public ConverterSeiOptions? SeiOptions { get; set; }
}

/// <summary>A canvas change; every field is optional in an update.</summary>
public sealed class ConverterCanvasUpdate
{
    /// <summary>Width: 66 to 1920 px.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height: 66 to 1920 px.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Background colour as a decimal RGB value: 0 to 16777215.</summary>
    [JsonPropertyName("color")]
    public int? Color { get; set; }
}
