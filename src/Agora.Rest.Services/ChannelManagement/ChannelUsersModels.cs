using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>The users of a channel, from <see cref="IChannelApi.ListUsersAsync"/>.</summary>
public sealed class ChannelUsersResponse
{
    /// <summary><see langword="true"/> when the query succeeded (<see langword="false"/> is reserved by Agora).</summary>
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    /// <summary>Who is in the channel.</summary>
    [JsonPropertyName("data")]
    public ChannelUsers? Data { get; set; }
}

/// <summary>
/// Who is in a channel. Which lists come back depends on <see cref="Mode"/>: <see cref="Total"/> and <see cref="Users"/>
/// for a communication channel, <see cref="Broadcasters"/>, <see cref="Audience"/> and <see cref="AudienceTotal"/> for a
/// live-broadcast one.
/// </summary>
public sealed class ChannelUsers
{
    /// <summary>Whether the channel exists; when <see langword="false"/>, no other field is returned.</summary>
    [JsonPropertyName("channel_exist")]
    public bool ChannelExist { get; set; }

    /// <summary>The channel's profile; absent when the channel does not exist.</summary>
    [JsonPropertyName("mode")]
    public ChannelMode? Mode { get; set; }

    /// <summary>How many users a communication channel has.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>The uids of a communication channel's users.</summary>
    [JsonPropertyName("users")]
    public IReadOnlyList<long>? Users { get; set; }

    /// <summary>The uids of a live-broadcast channel's hosts.</summary>
    [JsonPropertyName("broadcasters")]
    public IReadOnlyList<long>? Broadcasters { get; set; }

    /// <summary>The uids of a live-broadcast channel's audience, the first 10,000 only; absent when hosts only were asked for.</summary>
    [JsonPropertyName("audience")]
    public IReadOnlyList<long>? Audience { get; set; }

    /// <summary>How many audience members a live-broadcast channel has; absent when hosts only were asked for.</summary>
    [JsonPropertyName("audience_total")]
    public int? AudienceTotal { get; set; }
}

/// <summary>The hosts of a live-broadcast channel, from <see cref="IChannelApi.ListHostsAsync"/>.</summary>
public sealed class ChannelHostsResponse
{
    /// <summary><see langword="true"/> when the query succeeded (<see langword="false"/> is reserved by Agora).</summary>
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    /// <summary>The channel's hosts.</summary>
    [JsonPropertyName("data")]
    public ChannelHosts? Data { get; set; }
}

/// <summary>The hosts of a channel.</summary>
public sealed class ChannelHosts
{
    /// <summary>Whether the channel exists; when <see langword="false"/>, no other field is returned.</summary>
    [JsonPropertyName("channel_exist")]
    public bool ChannelExist { get; set; }

    /// <summary>The channel's profile; absent when the channel does not exist.</summary>
    [JsonPropertyName("mode")]
    public ChannelMode? Mode { get; set; }

    /// <summary>The uids of the hosts (live-broadcast channels only).</summary>
    [JsonPropertyName("broadcasters")]
    public IReadOnlyList<long>? Broadcasters { get; set; }
}
