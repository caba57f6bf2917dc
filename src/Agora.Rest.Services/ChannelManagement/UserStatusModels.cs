using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>One user's state in a channel, from <see cref="IChannelApi.GetUserStatusAsync"/>.</summary>
public sealed class UserStatusResponse
{
    /// <summary><see langword="true"/> when the query succeeded (<see langword="false"/> is reserved by Agora).</summary>
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    /// <summary>The user's state.</summary>
    [JsonPropertyName("data")]
    public UserStatus? Data { get; set; }
}

/// <summary>Whether a user is in a channel, and if so since when, in which role and from which platform.</summary>
public sealed class UserStatus
{
    /// <summary>Whether the user is in the channel; when <see langword="false"/>, no other field is returned.</summary>
    [JsonPropertyName("in_channel")]
    public bool InChannel { get; set; }

    /// <summary>The user's uid.</summary>
    [JsonPropertyName("uid")]
    public long? Uid { get; set; }

    /// <summary>When the user joined, as a Unix timestamp in seconds.</summary>
    [JsonPropertyName("join")]
    public long? Join { get; set; }

    /// <summary>The user's role in the channel.</summary>
    [JsonPropertyName("role")]
    public UserRole? Role { get; set; }

    /// <summary>The platform the user joined from.</summary>
    [JsonPropertyName("platform")]
    public UserPlatform? Platform { get; set; }
}
