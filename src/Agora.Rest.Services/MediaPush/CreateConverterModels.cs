using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>The body of <see cref="IMediaPushApi.CreateConverterAsync"/>.</summary>
public sealed class CreateConverterRequest
{
    /// <summary>The converter to create.</summary>
    [JsonPropertyName("converter")]
    public required ConverterConfig Converter { get; set; }
}

/// <summary>
/// A converter to create: set exactly one of <see cref="TranscodeOptions"/> (transcoded push) and
/// <see cref="RawOptions"/> (one user's stream pushed as it is).
/// </summary>
public sealed class ConverterConfig
{
    /// <summary>
    /// A name unique in the project (a second converter with it fails with 409): up to 64 characters of
    /// <c>a-z A-Z 0-9 - _</c>; empty when omitted. Naming it channel plus purpose (<c>show68_vertical</c>) avoids duplicate pushes.
    /// </summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The transcoded push's settings; leave null for a raw push.</summary>
    [JsonPropertyName("transcodeOptions")]
    public ConverterTranscodeOptions? TranscodeOptions { get; set; }

    /// <summary>The raw (not transcoded) push's settings; leave null for a transcoded push.</summary>
    [JsonPropertyName("rawOptions")]
    public ConverterRawOptions? RawOptions { get; set; }

    /// <summary>The CDN's RTMP push address, up to 1024 characters (from OBS: <c>{server}/{stream_key}</c>).</summary>
    [JsonPropertyName("rtmpUrl")]
    public required string RtmpUrl { get; set; }

    /// <summary>Seconds the converter may stay idle (every user it serves left) before Agora destroys it: 5 to 86400, clamped; 300 when omitted.</summary>
    [JsonPropertyName("idleTimeout")]
    public int? IdleTimeout { get; set; }

    /// <summary>The jitter buffer in milliseconds: 0 to 1000, rounded up to a multiple of 100; 1000 when omitted. 0 (none) hurts quality on poor networks.</summary>
    [JsonPropertyName("jitterBufferSizeMs")]
    public int? JitterBufferSizeMs { get; set; }
}

/// <summary>A raw push: one user's stream, not transcoded.</summary>
public sealed class ConverterRawOptions
{
    /// <summary>The channel's name (up to 64 bytes).</summary>
    [JsonPropertyName("rtcChannel")]
    public required string RtcChannel { get; set; }

    /// <summary>The UID of the user whose stream is pushed.</summary>
    [JsonPropertyName("rtcStreamUid")]
    public required long RtcStreamUid { get; set; }
}

/// <summary>A transcoded push: the channel, and the audio and video settings (set each only when the stream carries it).</summary>
public sealed class ConverterTranscodeOptions
{
    /// <summary>The channel's name (up to 64 bytes).</summary>
    [JsonPropertyName("rtcChannel")]
    public required string RtcChannel { get; set; }

    /// <summary>The audio settings; set only with audio (an empty object keeps every default).</summary>
    [JsonPropertyName("audioOptions")]
    public ConverterAudioOptions? AudioOptions { get; set; }

    /// <summary>The video settings; set only with video, and must be set when the push has audio and video.</summary>
    [JsonPropertyName("videoOptions")]
    public ConverterVideoOptions? VideoOptions { get; set; }
}

/// <summary>A transcoded push's audio.</summary>
public sealed class ConverterAudioOptions
{
    /// <summary>The UIDs to mix, at most 3 for now: null mixes every user in the channel, an empty list mixes nobody.</summary>
    [JsonPropertyName("rtcStreamUids")]
    public IReadOnlyList<long>? RtcStreamUids { get; set; }

    /// <summary>The audio codec profile; <see cref="ConverterAudioCodecProfile.LcAac"/> when omitted.</summary>
    [JsonPropertyName("codecProfile")]
    public ConverterAudioCodecProfile? CodecProfile { get; set; }

    /// <summary>Sample rate in Hz: 32000, 44100 or 48000; 48000 when omitted.</summary>
    [JsonPropertyName("sampleRate")]
    public int? SampleRate { get; set; }

    /// <summary>Bitrate in Kbps: 32 to 128 (32 to 112 suits LC-AAC, 40 to 96 HE-AAC); 48 when omitted.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }

    /// <summary>Channels: 1 (mono, the default) or 2 (stereo).</summary>
    [JsonPropertyName("audioChannels")]
    public int? AudioChannels { get; set; }

    /// <summary>Per-user mix volumes; an update resets every user it does not list to 100.</summary>
    [JsonPropertyName("volumes")]
    public IReadOnlyList<ConverterAudioVolume>? Volumes { get; set; }
}

/// <summary>One mixed user's volume.</summary>
public sealed class ConverterAudioVolume
{
    /// <summary>The user's UID; it must be in <see cref="ConverterAudioOptions.RtcStreamUids"/> or the request fails.</summary>
    [JsonPropertyName("rtcStreamUid")]
    public required long RtcStreamUid { get; set; }

    /// <summary>The volume: 0 to 200; 100 when omitted.</summary>
    [JsonPropertyName("volume")]
    public int? Volume { get; set; }
}

/// <summary>A transcoded push's video.</summary>
public sealed class ConverterVideoOptions
{
    /// <summary>The canvas the pictures are laid out on.</summary>
    [JsonPropertyName("canvas")]
    public required ConverterCanvas Canvas { get; set; }

    /// <summary>The layout; <see cref="ConverterLayoutType.Custom"/> when omitted.</summary>
    [JsonPropertyName("layoutType")]
    public ConverterLayoutType? LayoutType { get; set; }

    /// <summary>The custom layout's items, user pictures and images in one list; only with <see cref="ConverterLayoutType.Custom"/>.</summary>
    [JsonPropertyName("layout")]
    public IReadOnlyList<ConverterLayoutItem>? Layout { get; set; }

    /// <summary>The vertical layout's settings; only with <see cref="ConverterLayoutType.Vertical"/>.</summary>
    [JsonPropertyName("vertical")]
    public ConverterVerticalLayout? Vertical { get; set; }

    /// <summary>The image (JPG, PNG or GIF URL) shown for a user who stops sending video; without it the last frame, then the canvas colour.</summary>
    [JsonPropertyName("defaultPlaceholderImageUrl")]
    public string? DefaultPlaceholderImageUrl { get; set; }

    /// <summary>Bitrate in Kbps: 1 to 10000.</summary>
    [JsonPropertyName("bitrate")]
    public required int Bitrate { get; set; }

    /// <summary>Frame rate: 1 to 30 fps; 15 when omitted.</summary>
    [JsonPropertyName("frameRate")]
    public int? FrameRate { get; set; }

    /// <summary>The GOP (frames between keyframes); twice the frame rate when omitted.</summary>
    [JsonPropertyName("gop")]
    public int? Gop { get; set; }

    /// <summary>The video codec; <see cref="ConverterVideoCodec.H264"/> when omitted.</summary>
    [JsonPropertyName("codec")]
    public ConverterVideoCodec? Codec { get; set; }

    /// <summary>The encoding profile: high by default with H.264; main, the only one, with H.265.</summary>
    [JsonPropertyName("codecProfile")]
    public ConverterVideoCodecProfile? CodecProfile { get; set; }

    /// <summary>The user SEI to carry; none when omitted.</summary>
    [JsonPropertyName("seiOptions")]
    public ConverterSeiOptions? SeiOptions { get; set; }
}

/// <summary>The canvas of a transcoded push.</summary>
public sealed class ConverterCanvas
{
    /// <summary>Width: 66 to 1920 px.</summary>
    [JsonPropertyName("width")]
    public required int Width { get; set; }

    /// <summary>Height: 66 to 1920 px.</summary>
    [JsonPropertyName("height")]
    public required int Height { get; set; }

    /// <summary>Background colour as a decimal RGB value: 0 to 16777215 (255 is blue); 0 (black) when omitted.</summary>
    [JsonPropertyName("color")]
    public int? Color { get; set; }
}

/// <summary>
/// One item of a custom layout. Agora's list mixes two kinds of item, so this one class carries the fields of both:
/// a user's video sets <see cref="RtcStreamUid"/> (and may set <see cref="PlaceholderImageUrl"/>); an image, such as a
/// watermark, sets <see cref="ImageUrl"/>. Both set <see cref="Region"/>; unset fields are not sent.
/// </summary>
public sealed class ConverterLayoutItem
{
    /// <summary>User item: the UID whose video goes in the region.</summary>
    [JsonPropertyName("rtcStreamUid")]
    public long? RtcStreamUid { get; set; }

    /// <summary>Image item: the image's URL, <c>http</c> or <c>https</c>, JPG or PNG.</summary>
    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; set; }

    /// <summary>Where the picture goes; what falls outside the canvas is cropped.</summary>
    [JsonPropertyName("region")]
    public required ConverterLayoutRegion Region { get; set; }

    /// <summary>How the picture fills the region; a user item defaults to <see cref="ConverterFillMode.Fill"/>, an image item has no documented default.</summary>
    [JsonPropertyName("fillMode")]
    public ConverterFillMode? FillMode { get; set; }

    /// <summary>User item: the image (JPG, PNG or GIF URL) shown when the user stops sending video; otherwise the canvas colour.</summary>
    [JsonPropertyName("placeholderImageUrl")]
    public string? PlaceholderImageUrl { get; set; }

    /// <summary>Opacity from 0.0 (transparent) to 1.0 (opaque, the default).</summary>
    [JsonPropertyName("alpha")]
    public double? Alpha { get; set; }
}

/// <summary>A layout item's rectangle, in pixels from the canvas's top-left corner.</summary>
public sealed class ConverterLayoutRegion
{
    /// <summary>Left edge in px.</summary>
    [JsonPropertyName("xPos")]
    public required int XPos { get; set; }

    /// <summary>Top edge in px.</summary>
    [JsonPropertyName("yPos")]
    public required int YPos { get; set; }

    /// <summary>Layer: 0 (bottom) to 100 (top).</summary>
    [JsonPropertyName("zIndex")]
    public required int ZIndex { get; set; }

    /// <summary>Width in px.</summary>
    [JsonPropertyName("width")]
    public required int Width { get; set; }

    /// <summary>Height in px.</summary>
    [JsonPropertyName("height")]
    public required int Height { get; set; }
}

/// <summary>The vertical layout: one large picture on the left, the others stacked on the right.</summary>
public sealed class ConverterVerticalLayout
{
    /// <summary>The UID in the large picture; unset, the loudest user takes it at each refresh (setting it keeps the picture stable).</summary>
    [JsonPropertyName("maxResolutionUid")]
    public long? MaxResolutionUid { get; set; }

    /// <summary>How pictures fill their regions; <see cref="ConverterFillMode.Fill"/> when omitted.</summary>
    [JsonPropertyName("fillMode")]
    public ConverterFillMode? FillMode { get; set; }

    /// <summary>Seconds between layout refreshes: 1 to 30; 3 when omitted.</summary>
    [JsonPropertyName("refreshIntervalSec")]
    public int? RefreshIntervalSec { get; set; }
}

/// <summary>The user SEI (supplemental enhancement information) a transcoded push carries.</summary>
public sealed class ConverterSeiOptions
{
    /// <summary>Where the SEI comes from; nothing when omitted.</summary>
    [JsonPropertyName("source")]
    public ConverterSeiSource? Source { get; set; }

    /// <summary>How the SEI is written out; defaults when omitted.</summary>
    [JsonPropertyName("sink")]
    public ConverterSeiSink? Sink { get; set; }
}

/// <summary>The sources of the SEI a push carries.</summary>
public sealed class ConverterSeiSource
{
    /// <summary>Whether metadata-type SEI is carried; false when omitted.</summary>
    [JsonPropertyName("metadata")]
    public bool? Metadata { get; set; }

    /// <summary>Whether data-stream-type SEI is carried; false when omitted.</summary>
    [JsonPropertyName("datastream")]
    public bool? Datastream { get; set; }

    /// <summary>Custom SEI, turned into Agora's SEI format; none when omitted.</summary>
    [JsonPropertyName("customized")]
    public ConverterCustomizedSei? Customized { get; set; }
}

/// <summary>Custom SEI content.</summary>
public sealed class ConverterCustomizedSei
{
    /// <summary>A prefix of the payload, up to 32 characters.</summary>
    [JsonPropertyName("prefixForAgoraSei")]
    public string? PrefixForAgoraSei { get; set; }

    /// <summary>The payload, up to 4096 characters; it becomes <c>app_data</c> in Agora's SEI.</summary>
    [JsonPropertyName("payload")]
    public string? Payload { get; set; }
}

/// <summary>How the SEI is written into the pushed stream.</summary>
public sealed class ConverterSeiSink
{
    /// <summary>The payload <c>type</c> of the SEI written; 100 when omitted.</summary>
    [JsonPropertyName("type")]
    public int? Type { get; set; }
}
