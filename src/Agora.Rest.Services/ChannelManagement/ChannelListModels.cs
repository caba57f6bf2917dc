using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>One page of a project's channels, from <see cref="IChannelApi.ListChannelsAsync"/>.</summary>
public sealed class ChannelListResponse
{
    /// <summary><see langword="true"/> when the query succeeded (<see langword="false"/> is reserved by Agora).</summary>
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    /// <summary>The page of channels.</summary>
    [JsonPropertyName("data")]
    public ChannelPage? Data { get; set; }
}

/// <summary>A page of channels and the project's total channel count.</summary>
public sealed class ChannelPage
{
    /// <summary>The channels on this page; empty past the last page. A channel may show on two pages, or none, while counts change.</summary>
    [JsonPropertyName("channels")]
    public IReadOnlyList<ChannelSummary>? Channels { get; set; }

    /// <summary>How many channels the project has in all.</summary>
    [JsonPropertyName("total_size")]
    public int TotalSize { get; set; }
}

/// <summary>A channel and how many users are in it.</summary>
public sealed class ChannelSummary
{
    /// <summary>The channel's name.</summary>
    [JsonPropertyName("channel_name")]
    public string? ChannelName { get; set; }

    /// <summary>How many users are in the channel.</summary>
    [JsonPropertyName("user_count")]
    public int UserCount { get; set; }
}
