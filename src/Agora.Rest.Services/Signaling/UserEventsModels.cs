using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>Login and logout events, from <see cref="ISignalingApi.GetUserEventsAsync"/>; they are deleted once read.</summary>
public sealed class UserEventsResponse
{
    /// <summary>Whether the request succeeded.</summary>
    [JsonPropertyName("result")]
    public SignalingResult? Result { get; set; }

    /// <summary>Agora's id of this request, for support.</summary>
    [JsonPropertyName("request_id")]
    public string? RequestId { get; set; }

    /// <summary>The events, at most 1,000.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<UserEvent>? Events { get; set; }
}

/// <summary>A user logged in to or out of Signaling.</summary>
public sealed class UserEvent
{
    /// <summary>The user's ID.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>Login or logout.</summary>
    [JsonPropertyName("type")]
    public UserEventType? Type { get; set; }

    /// <summary>When Agora's server received the event, in Unix milliseconds (UTC).</summary>
    [JsonPropertyName("ms")]
    public long Ms { get; set; }
}
