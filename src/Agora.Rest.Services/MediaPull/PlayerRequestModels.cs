using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPull;

/// <summary>The body of <see cref="IMediaPullApi.CreatePlayerAsync"/>.</summary>
public sealed class CreatePlayerRequest
{
    /// <summary>The player to create (Agora's schema does not list the object as required; its required fields live in it).</summary>
    [JsonPropertyName("player")]
    public required CloudPlayerConfig Player { get; set; }
}

/// <summary>
/// A cloud player to create. Set <see cref="Uid"/> or <see cref="Account"/>; never send a required field as null or
/// an empty string.
/// </summary>
public sealed class CloudPlayerConfig
{
    /// <summary>The channel to play into: up to 64 bytes of letters, digits, space and Agora's listed punctuation.</summary>
    [JsonPropertyName("channelName")]
    public required string ChannelName { get; set; }

    /// <summary>The player's UID in the channel: 0 to 4294967295, unique in the channel; 0 lets Agora choose. Set this or <see cref="Account"/>.</summary>
    [JsonPropertyName("uid")]
    public long? Uid { get; set; }

    /// <summary>The player's user account: 1 to 255 bytes, unique in the channel. Set this or <see cref="Uid"/>.</summary>
    [JsonPropertyName("account")]
    public string? Account { get; set; }

    /// <summary>The channel token, needed when the App Certificate is on; built for the same UID or account.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>A name unique in the project (a second player with it answers 409): up to 64 characters of <c>a-z A-Z 0-9 - _</c>; empty when omitted.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The output audio settings.</summary>
    [JsonPropertyName("audioOptions")]
    public PlayerAudioOptions? AudioOptions { get; set; }

    /// <summary>The output video settings.</summary>
    [JsonPropertyName("videoOptions")]
    public PlayerVideoOptions? VideoOptions { get; set; }

    /// <summary>The source: an HTTP, HTTPS, RTMP or HLS URL of up to 1024 characters, or a JPEG/PNG image URL (played as video).</summary>
    [JsonPropertyName("streamUrl")]
    public required string StreamUrl { get; set; }

    /// <summary>
    /// When to start, Unix seconds, within a day before to 5 minutes after creation (T): 0 or T plays now, later schedules,
    /// earlier plays a live stream now and starts an on-demand file T minus this many seconds in.
    /// </summary>
    [JsonPropertyName("playTs")]
    public long? PlayTs { get; set; }

    /// <summary>Seconds the player may stay not playing before Agora destroys it: 5 to 600, clamped; 300 when omitted.</summary>
    [JsonPropertyName("idleTimeout")]
    public int? IdleTimeout { get; set; }

    /// <summary>The built-in encryption mode; set with <see cref="EncryptKey"/>.</summary>
    [JsonPropertyName("encryptMode")]
    public PlayerEncryptionMode? EncryptMode { get; set; }

    /// <summary>The encryption key (32 bytes recommended); empty or absent turns encryption off.</summary>
    [JsonPropertyName("encryptKey")]
    public string? EncryptKey { get; set; }

    /// <summary>The KDF salt for the GCM2 modes only: 32 bytes, Base64-encoded.</summary>
    [JsonPropertyName("encryptKdfSalt")]
    public string? EncryptKdfSalt { get; set; }

    /// <summary>On-demand only: how many times to play; 1 once (the default), -1 in a loop, n (not 0) n times.</summary>
    [JsonPropertyName("repeatTime")]
    public int? RepeatTime { get; set; }

    /// <summary>On-demand only: where to start, seconds from the beginning (less than the duration); 0 when omitted.</summary>
    [JsonPropertyName("seekPosition")]
    public int? SeekPosition { get; set; }

    /// <summary>Whether the player sends an on-demand file's duration and progress over the data stream.</summary>
    [JsonPropertyName("dataStreamOptions")]
    public PlayerDataStreamOptions? DataStreamOptions { get; set; }

    /// <summary>Playback speed: 0.5, 0.75, 1.0 (the default), 1.25, 1.5, 1.75 or 2.0.</summary>
    [JsonPropertyName("tempo")]
    public double? Tempo { get; set; }
}

/// <summary>A cloud player's output audio.</summary>
public sealed class PlayerAudioOptions
{
    /// <summary>Volume: 0 to 200; 100 (the source's own) when omitted.</summary>
    [JsonPropertyName("volume")]
    public int? Volume { get; set; }

    /// <summary>The audio profile; <see cref="PlayerAudioProfile.Default"/> when omitted. An update that changes the profile also sends the volume.</summary>
    [JsonPropertyName("profile")]
    public PlayerAudioProfile? Profile { get; set; }
}

/// <summary>A cloud player's output video; every field left out keeps the source's value or Agora's default.</summary>
public sealed class PlayerVideoOptions
{
    /// <summary>Width: 66 to 1920 px; the source's width when omitted.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height: 66 to 1080 px; the source's height when omitted.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Whether the size follows the source's orientation: 1280x720 for landscape, 720x1280 for portrait; false when omitted.</summary>
    [JsonPropertyName("widthHeightAdaption")]
    public bool? WidthHeightAdaption { get; set; }

    /// <summary>Frame rate: 5 to 30 fps; 15 when omitted.</summary>
    [JsonPropertyName("frameRate")]
    public int? FrameRate { get; set; }

    /// <summary>Bitrate: 1 to 10000 Kbps; when omitted, a standard bitrate Agora picks for the resolution and frame rate.</summary>
    [JsonPropertyName("bitrate")]
    public int? Bitrate { get; set; }

    /// <summary>Keyframe interval in seconds: 1 to 10; 2 when omitted.</summary>
    [JsonPropertyName("gop")]
    public int? Gop { get; set; }

    /// <summary>The codec: only <c>"H.264"</c> (the default) is supported; other values are treated as H.264.</summary>
    [JsonPropertyName("codec")]
    public string? Codec { get; set; }

    /// <summary>How the picture fills the frame; <see cref="PlayerFillMode.Fit"/> when omitted.</summary>
    [JsonPropertyName("fillMode")]
    public PlayerFillMode? FillMode { get; set; }
}

/// <summary>A cloud player's data stream.</summary>
public sealed class PlayerDataStreamOptions
{
    /// <summary>
    /// Whether the player's UID sends an on-demand file's duration and position over the data stream (false when omitted),
    /// Protobuf-encoded as <c>PositionData { int32 duration = 1; int32 position = 2; int32 uid = 3; }</c>.
    /// </summary>
    [JsonPropertyName("enable")]
    public bool? Enable { get; set; }
}

/// <summary>The body of <see cref="IMediaPullApi.UpdatePlayerAsync"/>.</summary>
public sealed class UpdatePlayerRequest
{
    /// <summary>The changes (Agora's schema does not list the object as required; every change lives in it).</summary>
    [JsonPropertyName("player")]
    public required CloudPlayerUpdate Player { get; set; }
}

/// <summary>The changes a player update may carry; fields left null are not sent.</summary>
public sealed class CloudPlayerUpdate
{
    /// <summary>New audio settings: the volume alone, or the volume and the profile together.</summary>
    [JsonPropertyName("audioOptions")]
    public PlayerAudioOptions? AudioOptions { get; set; }

    /// <summary>True pauses the source, false resumes it. A paused player is still billed and never times out: delete it instead.</summary>
    [JsonPropertyName("isPause")]
    public bool? IsPause { get; set; }

    /// <summary>A new source URL (HTTP, HTTPS, RTMP or HLS, up to 1024 characters).</summary>
    [JsonPropertyName("streamUrl")]
    public string? StreamUrl { get; set; }

    /// <summary>On-demand only: a new position, seconds from the beginning (less than the duration).</summary>
    [JsonPropertyName("seekPosition")]
    public int? SeekPosition { get; set; }

    /// <summary>A new playback speed: 0.5, 0.75, 1.0, 1.25, 1.5, 1.75 or 2.0.</summary>
    [JsonPropertyName("tempo")]
    public double? Tempo { get; set; }
}
