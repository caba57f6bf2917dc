using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>The answer of <see cref="IMediaPushApi.CreateConverterAsync"/> and <see cref="IMediaPushApi.UpdateConverterAsync"/>.</summary>
public sealed class ConverterResult
{
    /// <summary>The converter's ID, times and state.</summary>
    [JsonPropertyName("converter")]
    public ConverterStatus? Converter { get; set; }

    /// <summary>The fields <see cref="Converter"/> carries, as a FieldMask (for example <c>"id,createTs,updateTs,state"</c>).</summary>
    [JsonPropertyName("fields")]
    public string? Fields { get; set; }
}

/// <summary>A converter's ID, times and state.</summary>
public sealed class ConverterStatus
{
    /// <summary>The converter's ID (a UUID Agora makes): the <c>converterId</c> of later calls.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>
    /// When it was created, Unix seconds, as text: Agora's schema types it as a string while its example sends a number;
    /// either reads as the number's text (parse it with <see cref="long.Parse(string)"/>).
    /// </summary>
    [JsonPropertyName("createTs")]
    [JsonConverter(typeof(WireTextConverter))]
    public string? CreateTs { get; set; }

    /// <summary>When its settings last changed, Unix seconds, as text (string in the schema, a number in the example; either reads).</summary>
    [JsonPropertyName("updateTs")]
    [JsonConverter(typeof(WireTextConverter))]
    public string? UpdateTs { get; set; }

    /// <summary>The converter's running state.</summary>
    [JsonPropertyName("state")]
    public ConverterState? State { get; set; }
}

/// <summary>The answer of <see cref="IMediaPushApi.GetConverterAsync"/>.</summary>
public sealed class ConverterInfo
{
    /// <summary>The converter's settings (this answer carries no ID, times or state).</summary>
    [JsonPropertyName("converter")]
    public ConverterDetails? Converter { get; set; }
}

/// <summary>A converter's settings as Agora reports them: <see cref="TranscodeOptions"/> or <see cref="RawOptions"/> is set.</summary>
public sealed class ConverterDetails
{
    /// <summary>The converter's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A transcoded converter's settings.</summary>
    [JsonPropertyName("transcodeOptions")]
    public ConverterTranscodeOptionsInfo? TranscodeOptions { get; set; }

    /// <summary>A raw converter's settings.</summary>
    [JsonPropertyName("rawOptions")]
    public ConverterRawOptionsInfo? RawOptions { get; set; }

    /// <summary>The CDN push address.</summary>
    [JsonPropertyName("rtmpUrl")]
    public string? RtmpUrl { get; set; }

    /// <summary>The idle timeout in seconds, as text: Agora types it as a string in answers (a number in requests); a numeric answer reads as its text.</summary>
    [JsonPropertyName("idleTimeout")]
    [JsonConverter(typeof(WireTextConverter))]
    public string? IdleTimeout { get; set; }

    /// <summary>The jitter buffer in milliseconds (rounded up to a multiple of 100).</summary>
    [JsonPropertyName("jitterBufferSizeMs")]
    public int? JitterBufferSizeMs { get; set; }
}

/// <summary>A raw converter's settings.</summary>
public sealed class ConverterRawOptionsInfo
{
    /// <summary>The channel's name.</summary>
    [JsonPropertyName("rtcChannel")]
    public string? RtcChannel { get; set; }

    /// <summary>The UID whose stream is pushed.</summary>
    [JsonPropertyName("rtcStreamUid")]
    public long? RtcStreamUid { get; set; }
}

/// <summary>A transcoded converter's settings.</summary>
public sealed class ConverterTranscodeOptionsInfo
{
    /// <summary>The channel's name.</summary>
    [JsonPropertyName("rtcChannel")]
    public string? RtcChannel { get; set; }

    /// <summary>The audio settings.</summary>
    [JsonPropertyName("audioOptions")]
    public ConverterAudioOptionsInfo? AudioOptions { get; set; }

    /// <summary>The video settings.</summary>
    [JsonPropertyName("videoOptions")]
    public ConverterVideoOptionsInfo? VideoOptions { get; set; }
}

/// <summary>A transcoded converter's audio settings.</summary>
public sealed class ConverterAudioOptionsInfo
{
    /// <summary>The mixed UIDs (absent: every user is mixed).</summary>
    [JsonPropertyName("rtcStreamUids")]
    public IReadOnlyList<long>? RtcStreamUids { get; set; }

    /// <summary>The audio codec profile.</summary>
    [JsonPropertyName("codecProfile")]
    public ConverterAudioCodecProfile? CodecProfile { get; set; }

    /// <summary>Sample rate in Hz.</summary>
    [JsonPropertyName("sampleRate")]
    public int? SampleRate { get; set; }

    /// <summary>Bitrate in Kbps.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }

    /// <summary>Channels: 1 mono, 2 stereo.</summary>
    [JsonPropertyName("audioChannels")]
    public int? AudioChannels { get; set; }

    /// <summary>Per-user mix volumes.</summary>
    [JsonPropertyName("volumes")]
    public IReadOnlyList<ConverterAudioVolumeInfo>? Volumes { get; set; }
}

/// <summary>One mixed user's volume as reported.</summary>
public sealed class ConverterAudioVolumeInfo
{
    /// <summary>The user's UID.</summary>
    [JsonPropertyName("rtcStreamUid")]
    public long? RtcStreamUid { get; set; }

    /// <summary>The volume (0 to 200).</summary>
    [JsonPropertyName("volume")]
    public int? Volume { get; set; }
}

/// <summary>A transcoded converter's video settings.</summary>
public sealed class ConverterVideoOptionsInfo
{
    /// <summary>The canvas.</summary>
    [JsonPropertyName("canvas")]
    public ConverterCanvasInfo? Canvas { get; set; }

    /// <summary>The layout type.</summary>
    [JsonPropertyName("layoutType")]
    public ConverterLayoutType? LayoutType { get; set; }

    /// <summary>The custom layout's items (only with <see cref="ConverterLayoutType.Custom"/>).</summary>
    [JsonPropertyName("layout")]
    public IReadOnlyList<ConverterLayoutItemInfo>? Layout { get; set; }

    /// <summary>The vertical layout's settings (only with <see cref="ConverterLayoutType.Vertical"/>).</summary>
    [JsonPropertyName("vertical")]
    public ConverterVerticalLayout? Vertical { get; set; }

    /// <summary>The default placeholder image's URL.</summary>
    [JsonPropertyName("defaultPlaceholderImageUrl")]
    public string? DefaultPlaceholderImageUrl { get; set; }

    /// <summary>Bitrate in Kbps.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }

    /// <summary>Frame rate in fps.</summary>
    [JsonPropertyName("frameRate")]
    public int? FrameRate { get; set; }

    /// <summary>The GOP in frames.</summary>
    [JsonPropertyName("gop")]
    public int? Gop { get; set; }

    /// <summary>The video codec.</summary>
    [JsonPropertyName("codec")]
    public ConverterVideoCodec? Codec { get; set; }

    /// <summary>The encoding profile.</summary>
    [JsonPropertyName("codecProfile")]
    public ConverterVideoCodecProfile? CodecProfile { get; set; }

    /// <summary>The SEI settings.</summary>
    [JsonPropertyName("seiOptions")]
    public ConverterSeiOptions? SeiOptions { get; set; }
}

/// <summary>A converter's canvas as reported.</summary>
public sealed class ConverterCanvasInfo
{
    /// <summary>Width in px.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height in px.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Background colour as a decimal RGB value.</summary>
    [JsonPropertyName("color")]
    public int? Color { get; set; }
}

/// <summary>A custom layout item as reported: a user item has <see cref="RtcStreamUid"/>, an image item <see cref="ImageUrl"/>.</summary>
public sealed class ConverterLayoutItemInfo
{
    /// <summary>User item: the UID shown.</summary>
    [JsonPropertyName("rtcStreamUid")]
    public long? RtcStreamUid { get; set; }

    /// <summary>Image item: the image's URL.</summary>
    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; set; }

    /// <summary>Where the picture goes.</summary>
    [JsonPropertyName("region")]
    public ConverterLayoutRegionInfo? Region { get; set; }

    /// <summary>How the picture fills the region.</summary>
    [JsonPropertyName("fillMode")]
    public ConverterFillMode? FillMode { get; set; }

    /// <summary>User item: the placeholder image's URL.</summary>
    [JsonPropertyName("placeholderImageUrl")]
    public string? PlaceholderImageUrl { get; set; }

    /// <summary>Opacity from 0.0 to 1.0.</summary>
    [JsonPropertyName("alpha")]
    public double? Alpha { get; set; }
}

/// <summary>A layout item's rectangle as reported, in pixels from the canvas's top-left corner.</summary>
public sealed class ConverterLayoutRegionInfo
{
    /// <summary>Left edge in px.</summary>
    [JsonPropertyName("xPos")]
    public int XPos { get; set; }

    /// <summary>Top edge in px.</summary>
    [JsonPropertyName("yPos")]
    public int YPos { get; set; }

    /// <summary>Layer: 0 (bottom) to 100 (top).</summary>
    [JsonPropertyName("zIndex")]
    public int ZIndex { get; set; }

    /// <summary>Width in px.</summary>
    [JsonPropertyName("width")]
    public int Width { get; set; }

    /// <summary>Height in px.</summary>
    [JsonPropertyName("height")]
    public int Height { get; set; }
}
