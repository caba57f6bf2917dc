using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPush;

/// <summary>The answer of <see cref="IMediaPushApi.ListConvertersAsync"/> and <see cref="IMediaPushApi.ListChannelConvertersAsync"/>.</summary>
public sealed class ConverterList
{
    /// <summary>Whether the request succeeded.</summary>
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    /// <summary>The page.</summary>
    [JsonPropertyName("data")]
    public ConverterListData? Data { get; set; }
}

/// <summary>A page of converters.</summary>
public sealed class ConverterListData
{
    /// <summary>How many converters matched in all.</summary>
    [JsonPropertyName("total_count")]
    public int TotalCount { get; set; }

    /// <summary>The cursor of the next page; 0 when every converter has been listed.</summary>
    [JsonPropertyName("cursor")]
    public long Cursor { get; set; }

    /// <summary>The converters of this page (up to 500).</summary>
    [JsonPropertyName("members")]
    public IReadOnlyList<ConverterSummary>? Members { get; set; }

    /// <summary>Not on the wire: whether another page follows, that is <see cref="Cursor"/> is not 0 (pass it as the next call's <c>cursor</c>).</summary>
    [JsonIgnore]
    public bool HasMorePages => Cursor != 0;
}

/// <summary>A converter as a list reports it.</summary>
public sealed class ConverterSummary
{
    /// <summary>The converter's ID.</summary>
    [JsonPropertyName("converterId")]
    public string? ConverterId { get; set; }

    /// <summary>The converter's name.</summary>
    [JsonPropertyName("converterName")]
    public string? ConverterName { get; set; }

    /// <summary>The App ID of the project.</summary>
    [JsonPropertyName("appId")]
    public string? AppId { get; set; }

    /// <summary>The channel's name.</summary>
    [JsonPropertyName("rtcChannel")]
    public string? RtcChannel { get; set; }

    /// <summary>The CDN push address.</summary>
    [JsonPropertyName("rtmpUrl")]
    public string? RtmpUrl { get; set; }

    /// <summary>When it was created, Unix seconds, as text (the wire field is named <c>create</c>; a numeric answer reads as its text).</summary>
    [JsonPropertyName("create")]
    [JsonConverter(typeof(WireTextConverter))]
    public string? Create { get; set; }

    /// <summary>When its settings last changed, Unix seconds, as text (a numeric answer reads as its text).</summary>
    [JsonPropertyName("updateTs")]
    [JsonConverter(typeof(WireTextConverter))]
    public string? UpdateTs { get; set; }

    /// <summary>The idle timeout in seconds, as text (a numeric answer reads as its text).</summary>
    [JsonPropertyName("idleTimeout")]
    [JsonConverter(typeof(WireTextConverter))]
    public string? IdleTimeout { get; set; }

    /// <summary>The converter's running state.</summary>
    [JsonPropertyName("state")]
    public ConverterState? State { get; set; }

    /// <summary>The state of the current request, in Agora's words; it lists no values.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }
}
