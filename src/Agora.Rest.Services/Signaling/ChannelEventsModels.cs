using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>Channel join and leave events, from <see cref="ISignalingApi.GetChannelEventsAsync"/>; they are deleted once read.</summary>
public sealed class ChannelEventsResponse
{
    /// <summary>Whether the request succeeded.</summary>
    [JsonPropertyName("result")]
    public SignalingResult? Result { get; set; }

    /// <summary>Agora's id of this request, for support.</summary>
    [JsonPropertyName("request_id")]
    public string? RequestId { get; set; }

    /// <summary>The events, at most 1,000.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<ChannelEvent>? Events { get; set; }
}

/// <summary>A user joined or left a channel.</summary>
public sealed class ChannelEvent
{
    /// <summary>The channel's ID.</summary>
    [JsonPropertyName("group_id")]
    public string? GroupId { get; set; }

    /// <summary>The user's ID.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>Join or leave.</summary>
    [JsonPropertyName("type")]
    public ChannelEventType? Type { get; set; }

    /// <summary>When Agora's server received the event, in Unix milliseconds (UTC).</summary>
    [JsonPropertyName("ms")]
    public long Ms { get; set; }
}
