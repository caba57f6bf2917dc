using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>What <see cref="IMediaGatewayApi.ListOnlineStreamsAsync"/> answers.</summary>
public sealed class MediaGatewayOnlineStreamListResponse
{
    /// <summary>The request's status, <c>success</c> on success.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The streams being pushed now.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<MediaGatewayOnlineStreamInfo>? Data { get; set; }
}

/// <summary>
/// What <see cref="IMediaGatewayApi.GetOnlineStreamAsync"/> answers. Agora's English reference types <c>data</c> as a
/// list (of the one stream); its Chinese reference as a single object.
/// </summary>
public sealed class MediaGatewayOnlineStreamResponse
{
    /// <summary>The request's status, <c>success</c> on success.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The stream, as a list of one.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<MediaGatewayOnlineStreamInfo>? Data { get; set; }
}

/// <summary>A stream being pushed into the gateway.</summary>
public sealed class MediaGatewayOnlineStreamInfo
{
    /// <summary>The push session's id; every push gets a new one.</summary>
    [JsonPropertyName("sid")]
    public string? Sid { get; set; }

    /// <summary>The channel the stream goes into.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; set; }

    /// <summary>The host uid the stream publishes as.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>The push address, <c>$domain/live/$streamkey</c>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Connected and waiting for media, or media flowing.</summary>
    [JsonPropertyName("status")]
    public MediaGatewayStreamStatus? Status { get; set; }

    /// <summary>When the push started, as Agora writes it (<c>2024-01-01 01:01:01.001</c>, no time zone given).</summary>
    [JsonPropertyName("beginAt")]
    public string? BeginAt { get; set; }

    /// <summary>The source's bitrate, audio and video together, in Kbps.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }

    /// <summary>The source's video; present while the stream is running.</summary>
    [JsonPropertyName("video")]
    public MediaGatewayStreamVideo? Video { get; set; }

    /// <summary>The source's audio; present while the stream is running.</summary>
    [JsonPropertyName("audio")]
    public MediaGatewayStreamAudio? Audio { get; set; }
}

/// <summary>The video of a stream being pushed.</summary>
public sealed class MediaGatewayStreamVideo
{
    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Frames per second.</summary>
    [JsonPropertyName("fps")]
    public int? Fps { get; set; }
}

/// <summary>The audio of a stream being pushed.</summary>
public sealed class MediaGatewayStreamAudio
{
    /// <summary>Number of audio channels.</summary>
    [JsonPropertyName("channels")]
    public int? Channels { get; set; }

    /// <summary>Sample rate in Hz.</summary>
    [JsonPropertyName("sampleRate")]
    public int? SampleRate { get; set; }
}
