using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>The body of <see cref="IMediaGatewayApi.CreateOrResetTemplateAsync"/>: a whole flow-configuration template.</summary>
public sealed class MediaGatewayTemplateRequest
{
    /// <summary>The template.</summary>
    [JsonPropertyName("settings")]
    public required MediaGatewayTemplateSettings Settings { get; set; }
}

/// <summary>A whole flow-configuration template: transcoding and jitter buffer.</summary>
public sealed class MediaGatewayTemplateSettings
{
    /// <summary>Audio and video transcoding.</summary>
    [JsonPropertyName("transcoding")]
    public required MediaGatewayTranscoding Transcoding { get; set; }

    /// <summary>The jitter buffer; applies only while video is transcoded.</summary>
    [JsonPropertyName("jitterBuffer")]
    public MediaGatewayJitterBuffer? JitterBuffer { get; set; }
}

/// <summary>
/// The body of <see cref="IMediaGatewayApi.UpdateTemplateAsync"/>. Agora's schema reuses the create body, whose
/// <c>transcoding</c> is required, yet documents updating the jitter buffer alone; here every unit is optional.
/// </summary>
public sealed class MediaGatewayTemplateUpdateRequest
{
    /// <summary>The units to replace.</summary>
    [JsonPropertyName("settings")]
    public required MediaGatewayTemplateUpdateSettings Settings { get; set; }
}

/// <summary>The units of a template to replace; each unit sent replaces the old one whole.</summary>
public sealed class MediaGatewayTemplateUpdateSettings
{
    /// <summary>Audio and/or video transcoding; send the whole <c>video</c> or <c>audio</c> unit you change.</summary>
    [JsonPropertyName("transcoding")]
    public MediaGatewayTranscoding? Transcoding { get; set; }

    /// <summary>The jitter buffer.</summary>
    [JsonPropertyName("jitterBuffer")]
    public MediaGatewayJitterBuffer? JitterBuffer { get; set; }
}

/// <summary>Audio and video transcoding of a template.</summary>
public sealed class MediaGatewayTranscoding
{
    /// <summary>Video transcoding.</summary>
    [JsonPropertyName("video")]
    public MediaGatewayVideoTranscoding? Video { get; set; }

    /// <summary>Audio transcoding.</summary>
    [JsonPropertyName("audio")]
    public MediaGatewayAudioTranscoding? Audio { get; set; }
}

/// <summary>Video transcoding: the main stream, and optionally a low stream or adaptive-bitrate layers.</summary>
public sealed class MediaGatewayVideoTranscoding
{
    /// <summary>Whether video is transcoded; Agora's default is off.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Always transcode, or only sources with B-frames; default <see cref="MediaGatewayTranscodingMode.Force"/>.</summary>
    [JsonPropertyName("mode")]
    public MediaGatewayTranscodingMode? Mode { get; set; }

    /// <summary>The output codec; default <see cref="MediaGatewayVideoCodec.H264"/>.</summary>
    [JsonPropertyName("codec")]
    public MediaGatewayVideoCodec? Codec { get; set; }

    /// <summary>Main-stream width in pixels, 0 to 3840; 0 or omitted keeps the source's (unless the height is set). Required with layers.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Main-stream height in pixels, 0 to 3840; 0 or omitted keeps the source's (unless the width is set). Required with layers.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Main-stream frames per second, 0 to 60; 0 or omitted keeps the source's.</summary>
    [JsonPropertyName("fps")]
    public int? Fps { get; set; }

    /// <summary>Main-stream bitrate in Kbps, 0 to 20000; omitted keeps the source's, 0 picks one from the size. Required with a low stream.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }

    /// <summary>Perceptual video coding and super resolution.</summary>
    [JsonPropertyName("advancedOptions")]
    public MediaGatewayVideoAdvancedOptions? AdvancedOptions { get; set; }

    /// <summary>A low-quality stream; present enables it. Ignored when <see cref="SimulcastStreamLayers"/> is set.</summary>
    [JsonPropertyName("simulcastStream")]
    public MediaGatewaySimulcastStreamSettings? SimulcastStream { get; set; }

    /// <summary>Adaptive-bitrate layers; present enables adaptive bitrate.</summary>
    [JsonPropertyName("simulcastStreamLayers")]
    public IReadOnlyList<MediaGatewaySimulcastStreamLayer>? SimulcastStreamLayers { get; set; }
}

/// <summary>Advanced video options.</summary>
public sealed class MediaGatewayVideoAdvancedOptions
{
    /// <summary>Perceptual video coding.</summary>
    [JsonPropertyName("pvc")]
    public MediaGatewayPvc? Pvc { get; set; }

    /// <summary>Super resolution.</summary>
    [JsonPropertyName("superResolution")]
    public MediaGatewaySuperResolution? SuperResolution { get; set; }
}

/// <summary>Perceptual video coding (PVC).</summary>
public sealed class MediaGatewayPvc
{
    /// <summary>Whether PVC is on; default off.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Percent of bitrate to save (20 saves 20 %); applies only when the video bitrate is omitted or 0.</summary>
    [JsonPropertyName("saveBitrateRatio")]
    public int? SaveBitrateRatio { get; set; }
}

/// <summary>Super resolution.</summary>
public sealed class MediaGatewaySuperResolution
{
    /// <summary>Whether super resolution is on; default off.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Strength, 1 to 256 (larger is stronger); default 128.</summary>
    [JsonPropertyName("alphaBlending")]
    public int? AlphaBlending { get; set; }
}

/// <summary>The low-quality video stream.</summary>
public sealed class MediaGatewaySimulcastStreamSettings
{
    /// <summary>Width in pixels, 0 to 3840 and below the main width; 0 or omitted is half the main width.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height in pixels, 0 to 3840 and below the main height; 0 or omitted is half the main height.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Frames per second, 0 to 60 and at most the main fps; 0 or omitted is 15.</summary>
    [JsonPropertyName("fps")]
    public int? Fps { get; set; }

    /// <summary>Bitrate in Kbps, below the main bitrate (which must then be set); 0 or omitted lets Agora choose.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }
}

/// <summary>One adaptive-bitrate layer; sizes and bitrates decrease as the id rises.</summary>
public sealed class MediaGatewaySimulcastStreamLayer
{
    /// <summary>The layer's id, 1 to 7.</summary>
    [JsonPropertyName("id")]
    public required int Id { get; set; }

    /// <summary>Bitrate in Kbps, below the main bitrate.</summary>
    [JsonPropertyName("bitrate")]
    public required int Bitrate { get; set; }

    /// <summary>Width in pixels, below the main width.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height in pixels, below the main height.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Frames per second, below the main fps; 0 or omitted is the main fps.</summary>
    [JsonPropertyName("fps")]
    public int? Fps { get; set; }
}

/// <summary>Audio transcoding.</summary>
public sealed class MediaGatewayAudioTranscoding
{
    /// <summary>Whether audio is transcoded; Agora's default is on.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>The encoding profile; 0 (default) is 48 kHz music mono up to 64 Kbps, other values come from Agora support.</summary>
    [JsonPropertyName("profile")]
    public int? Profile { get; set; }

    /// <summary>Bitrate in Kbps, 64 to 320; omitted follows the profile.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }
}

/// <summary>The network jitter buffer, which adds its size to the end-to-end delay.</summary>
public sealed class MediaGatewayJitterBuffer
{
    /// <summary>Buffer length in milliseconds; default 500.</summary>
    [JsonPropertyName("size")]
    public int? Size { get; set; }

    /// <summary>Milliseconds above which playback speeds up until back at <see cref="Size"/>; must exceed it; default 1000.</summary>
    [JsonPropertyName("maxSize")]
    public int? MaxSize { get; set; }
}

/// <summary>The body of <see cref="IMediaGatewayApi.SetGlobalTemplateAsync"/>.</summary>
public sealed class MediaGatewayGlobalTemplateRequest
{
    /// <summary>The project-wide settings.</summary>
    [JsonPropertyName("settings")]
    public required MediaGatewayGlobalTemplateSettings Settings { get; set; }
}

/// <summary>The project-wide template.</summary>
public sealed class MediaGatewayGlobalTemplateSettings
{
    /// <summary>The id of an existing template (for example <c>720p</c>) to apply to every key without one.</summary>
    [JsonPropertyName("defaultStreamTemplate")]
    public required string DefaultStreamTemplate { get; set; }
}
