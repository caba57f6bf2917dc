using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaGateway;

/// <summary>The body of <see cref="IMediaGatewayStreamControlApi.MuteOnlineStreamAsync"/>.</summary>
public sealed class MediaGatewayMuteRequest
{
    /// <summary>The states to set.</summary>
    [JsonPropertyName("settings")]
    public required MediaGatewayMuteSettings Settings { get; set; }
}

/// <summary>The audio and video states of a stream.</summary>
public sealed class MediaGatewayMuteSettings
{
    /// <summary>Whether the video is muted (<see langword="true"/>) or published (<see langword="false"/>).</summary>
    [JsonPropertyName("videoMuted")]
    public required bool VideoMuted { get; set; }

    /// <summary>Whether the audio is muted (<see langword="true"/>) or published (<see langword="false"/>).</summary>
    [JsonPropertyName("audioMuted")]
    public required bool AudioMuted { get; set; }
}
