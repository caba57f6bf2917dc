using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// One window of the custom mix layout (a <c>layoutConfig</c> item). Positions and sizes are fractions of the canvas,
/// 0 to 1, with up to 6 decimals.
/// </summary>
public sealed class LayoutRegion
{
    /// <summary>The user shown in this window; without it, windows go to users in the order they joined.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>The left edge: 0 is the canvas's left side, 1 its right.</summary>
    [JsonPropertyName("x_axis")]
    public required double XAxis { get; set; }

    /// <summary>The top edge: 0 is the canvas's top, 1 its bottom.</summary>
    [JsonPropertyName("y_axis")]
    public required double YAxis { get; set; }

    /// <summary>The width as a fraction of the canvas.</summary>
    [JsonPropertyName("width")]
    public required double Width { get; set; }

    /// <summary>The height as a fraction of the canvas.</summary>
    [JsonPropertyName("height")]
    public required double Height { get; set; }

    /// <summary>Opacity, 0 (transparent) to 1 (opaque); default 1.</summary>
    [JsonPropertyName("alpha")]
    public double? Alpha { get; set; }

    /// <summary>How the video fills the window; default cropped.</summary>
    [JsonPropertyName("render_mode")]
    public RenderMode? RenderMode { get; set; }
}

/// <summary>The image shown for one user when their video stops for more than 3.5 s (a <c>backgroundConfig</c> item).</summary>
public sealed class UserBackground
{
    /// <summary>The user.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>An HTTPS URL of a JPG or BMP image, at most 6 MB; it applies once downloaded.</summary>
    [JsonPropertyName("image_url")]
    public required string ImageUrl { get; set; }

    /// <summary>How the image fills the window; default cropped.</summary>
    [JsonPropertyName("render_mode")]
    public RenderMode? RenderMode { get; set; }
}

/// <summary>UpdateLayout's body: a new layout for a running mix recording.</summary>
public sealed class UpdateLayoutRequest
{
    /// <summary>The channel being recorded; the same as in acquire.</summary>
    [JsonPropertyName("cname")]
    public required string Cname { get; set; }

    /// <summary>The recorder's UID; the same as in acquire.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>The whole new layout.</summary>
    [JsonPropertyName("clientRequest")]
    public required UpdateLayoutClientRequest ClientRequest { get; set; }
}

/// <summary>
/// A complete mix layout (updateLayout's <c>clientRequest</c>). Each call replaces every earlier layout setting: a field
/// left out returns to its default (e.g. the background to <c>"#000000"</c>).
/// </summary>
public sealed class UpdateLayoutClientRequest
{
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
