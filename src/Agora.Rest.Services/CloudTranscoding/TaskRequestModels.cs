using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>The body of <see cref="ICloudTranscodingApi.CreateAsync"/> and <see cref="ICloudTranscodingApi.UpdateAsync"/>.</summary>
public sealed class TranscodingTaskRequest
{
    /// <summary>The transcoder service and its configuration.</summary>
    [JsonPropertyName("services")]
    public required TranscoderServices Services { get; set; }
}

/// <summary>The <c>services</c> object of a builder-token or task request.</summary>
public sealed class TranscoderServices
{
    /// <summary>The Cloud Transcoder service.</summary>
    [JsonPropertyName("cloudTranscoder")]
    public required CloudTranscoderService CloudTranscoder { get; set; }
}

/// <summary>The Cloud Transcoder service of a request: its type and configuration.</summary>
public sealed class CloudTranscoderService
{
    /// <summary>The service type; <see cref="TranscoderServiceType.CloudTranscoderV2"/> is the documented value.</summary>
    [JsonPropertyName("serviceType")]
    public required TranscoderServiceType ServiceType { get; set; }

    /// <summary>The service's configuration.</summary>
    [JsonPropertyName("config")]
    public required CloudTranscoderServiceConfig Config { get; set; }
}

/// <summary>The <c>config</c> object of the Cloud Transcoder service.</summary>
public sealed class CloudTranscoderServiceConfig
{
    /// <summary>The transcoder's inputs, canvas and outputs.</summary>
    [JsonPropertyName("transcoder")]
    public required TranscoderConfig Transcoder { get; set; }
}

/// <summary>What a transcoder takes in, how it lays the pictures out, and what it sends out.</summary>
public sealed class TranscoderConfig
{
    /// <summary>Seconds the transcoder may stay idle before Agora destroys it: 1 to 86400; 300 when omitted.</summary>
    [JsonPropertyName("idleTimeout")]
    public int? IdleTimeout { get; set; }

    /// <summary>How inputs are processed; <see cref="TranscoderStreamProcessMode.Mix"/> when omitted.</summary>
    [JsonPropertyName("streamProcessMode")]
    public TranscoderStreamProcessMode? StreamProcessMode { get; set; }

    /// <summary>Audio sources (RTC users or CDN streams); several are mixed.</summary>
    [JsonPropertyName("audioInputs")]
    public IReadOnlyList<TranscoderAudioInput>? AudioInputs { get; set; }

    /// <summary>Video sources (RTC users or CDN streams), each placed on the canvas; several are merged.</summary>
    [JsonPropertyName("videoInputs")]
    public IReadOnlyList<TranscoderVideoInput>? VideoInputs { get; set; }

    /// <summary>The output picture's size and background.</summary>
    [JsonPropertyName("canvas")]
    public required TranscoderCanvas Canvas { get; set; }

    /// <summary>
    /// Watermark images. Agora's schema marks the field required, yet none of its examples sends it; it is optional
    /// here and left out when null (set an empty list to send <c>[]</c>).
    /// </summary>
    [JsonPropertyName("waterMarks")]
    public IReadOnlyList<TranscoderWatermark>? WaterMarks { get; set; }

    /// <summary>The output streams. One task publishes to one RTC channel; several CDN addresses go in the same task.</summary>
    [JsonPropertyName("outputs")]
    public required IReadOnlyList<TranscoderOutput> Outputs { get; set; }
}

/// <summary>An audio source: an RTC user (<see cref="Rtc"/>) or a CDN stream (<see cref="StreamUrl"/>).</summary>
public sealed class TranscoderAudioInput
{
    /// <summary>The CDN stream's URL; required when the source is a CDN stream.</summary>
    [JsonPropertyName("streamUrl")]
    public string? StreamUrl { get; set; }

    /// <summary>The CDN stream's volume: 0 to 200; 100 when omitted.</summary>
    [JsonPropertyName("volume")]
    public int? Volume { get; set; }

    /// <summary>How many times the stream plays: 1 once (the default), -1 in a loop, n times otherwise.</summary>
    [JsonPropertyName("repeat")]
    public int? Repeat { get; set; }

    /// <summary>The RTC user whose audio is the source.</summary>
    [JsonPropertyName("rtc")]
    public TranscoderRtcSource? Rtc { get; set; }
}

/// <summary>A video source, an RTC user (<see cref="Rtc"/>) or a CDN stream (<see cref="StreamUrl"/>), and where it goes on the canvas.</summary>
public sealed class TranscoderVideoInput
{
    /// <summary>The CDN stream's URL; required when the source is a CDN stream.</summary>
    [JsonPropertyName("streamUrl")]
    public string? StreamUrl { get; set; }

    /// <summary>How many times the stream plays: 1 once (the default), -1 in a loop, n times otherwise.</summary>
    [JsonPropertyName("repeat")]
    public int? Repeat { get; set; }

    /// <summary>The RTC user whose video is the source.</summary>
    [JsonPropertyName("rtc")]
    public TranscoderRtcSource? Rtc { get; set; }

    /// <summary>An image shown while the user is offline: a URL ending in <c>jpg</c> or <c>png</c>.</summary>
    [JsonPropertyName("placeholderImageUrl")]
    public string? PlaceholderImageUrl { get; set; }

    /// <summary>Where the picture goes on the canvas; its <see cref="TranscoderRegion.ZOrder"/> is 2 to 100.</summary>
    [JsonPropertyName("region")]
    public required TranscoderRegion Region { get; set; }
}

/// <summary>An RTC channel user: the source of an input, or the identity an output publishes as.</summary>
public sealed class TranscoderRtcSource
{
    /// <summary>The RTC channel's name.</summary>
    [JsonPropertyName("rtcChannel")]
    public required string RtcChannel { get; set; }

    /// <summary>The user's numeric UID (0 to 4294967295).</summary>
    [JsonPropertyName("rtcUid")]
    public required long RtcUid { get; set; }

    /// <summary>The RTC token the transcoder joins the channel with, built for this channel and UID.</summary>
    [JsonPropertyName("rtcToken")]
    public required string RtcToken { get; set; }
}

/// <summary>A rectangle on the canvas, in pixels from its top-left corner.</summary>
public sealed class TranscoderRegion
{
    /// <summary>Left edge: 0 to 3840 px.</summary>
    [JsonPropertyName("x")]
    public required int X { get; set; }

    /// <summary>Top edge: 0 to 3840 px.</summary>
    [JsonPropertyName("y")]
    public required int Y { get; set; }

    /// <summary>Width: 120 to 3840 px.</summary>
    [JsonPropertyName("width")]
    public required int Width { get; set; }

    /// <summary>Height: 120 to 3840 px.</summary>
    [JsonPropertyName("height")]
    public required int Height { get; set; }

    /// <summary>Layer, higher on top: 2 to 100 for a video input, 0 to 100 for a watermark.</summary>
    [JsonPropertyName("zOrder")]
    public required int ZOrder { get; set; }
}

/// <summary>The output picture: its size and background.</summary>
public sealed class TranscoderCanvas
{
    /// <summary>Width: 120 to 3840 px.</summary>
    [JsonPropertyName("width")]
    public required int Width { get; set; }

    /// <summary>Height: 120 to 3840 px.</summary>
    [JsonPropertyName("height")]
    public required int Height { get; set; }

    /// <summary>Background colour as a decimal RGB value: 0 to 16777215 (0xRRGGBB; 0 is black).</summary>
    [JsonPropertyName("color")]
    public required int Color { get; set; }

    /// <summary>A background image's URL.</summary>
    [JsonPropertyName("backgroundImage")]
    public string? BackgroundImage { get; set; }

    /// <summary>How the background image fills the canvas; <see cref="TranscoderFillMode.Fill"/> when omitted.</summary>
    [JsonPropertyName("fillMode")]
    public TranscoderFillMode? FillMode { get; set; }
}

/// <summary>A watermark image and where it goes on the canvas.</summary>
public sealed class TranscoderWatermark
{
    /// <summary>The image's URL.</summary>
    [JsonPropertyName("imageUrl")]
    public required string ImageUrl { get; set; }

    /// <summary>Where the watermark goes; its <see cref="TranscoderRegion.ZOrder"/> is 0 to 100.</summary>
    [JsonPropertyName("region")]
    public required TranscoderRegion Region { get; set; }

    /// <summary>How the image fills its region; <see cref="TranscoderFillMode.Fill"/> when omitted.</summary>
    [JsonPropertyName("fillMode")]
    public TranscoderFillMode? FillMode { get; set; }
}

/// <summary>An output stream: the RTC user it publishes as, an optional CDN address, and its encoding.</summary>
public sealed class TranscoderOutput
{
    /// <summary>A CDN address to push to. A task cannot push to a CDN and to an RTC channel at once: use two tasks.</summary>
    [JsonPropertyName("streamUrl")]
    public string? StreamUrl { get; set; }

    /// <summary>The RTC channel and UID the output is published as (Agora's schema requires it).</summary>
    [JsonPropertyName("rtc")]
    public required TranscoderRtcSource Rtc { get; set; }

    /// <summary>The output's audio encoding.</summary>
    [JsonPropertyName("audioOption")]
    public TranscoderAudioOption? AudioOption { get; set; }

    /// <summary>The output's video encoding.</summary>
    [JsonPropertyName("videoOption")]
    public TranscoderVideoOption? VideoOption { get; set; }
}

/// <summary>An output's audio encoding.</summary>
public sealed class TranscoderAudioOption
{
    /// <summary>The audio profile; <see cref="TranscoderAudioProfile.Default"/> when omitted.</summary>
    [JsonPropertyName("profileType")]
    public TranscoderAudioProfile? ProfileType { get; set; }
}

/// <summary>An output's video encoding.</summary>
public sealed class TranscoderVideoOption
{
    /// <summary>Width: 120 to 3840 px.</summary>
    [JsonPropertyName("width")]
    public required int Width { get; set; }

    /// <summary>Height: 120 to 3840 px.</summary>
    [JsonPropertyName("height")]
    public required int Height { get; set; }

    /// <summary>Bitrate: 1 to 10000 (Agora states no unit; its example uses 800, which reads as Kbps).</summary>
    [JsonPropertyName("bitrate")]
    public required int Bitrate { get; set; }

    /// <summary>The video codec.</summary>
    [JsonPropertyName("codec")]
    public required TranscoderVideoCodec Codec { get; set; }

    /// <summary>Frame rate: 1 to 30 fps; 15 when omitted.</summary>
    [JsonPropertyName("fps")]
    public int? Fps { get; set; }

    /// <summary>The output video mode; Agora documents no values for it.</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    /// <summary>Whether the low-bitrate, high-quality mode is on.</summary>
    [JsonPropertyName("lowBitrateHighQuality")]
    public bool? LowBitrateHighQuality { get; set; }
}
