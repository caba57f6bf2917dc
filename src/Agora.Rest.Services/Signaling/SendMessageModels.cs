using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>A message from one user to another, for <see cref="ISignalingApi.SendPeerMessageAsync"/>.</summary>
public sealed class PeerMessageRequest
{
    /// <summary>The receiver's user ID: 1 to 64 characters (letters, digits, space and Agora's listed punctuation).</summary>
    [JsonPropertyName("destination")]
    public required string Destination { get; set; }

    /// <summary>The message content: not empty, at most 32 KB.</summary>
    [JsonPropertyName("payload")]
    public required string Payload { get; set; }

    /// <summary>
    /// Deprecated by Agora, which advises against it: keep the message (up to 200 per receiver) for a receiver who is
    /// offline and deliver it later. Agora's default is <see langword="false"/>.
    /// </summary>
    [JsonPropertyName("enable_offline_messaging")]
    public bool? EnableOfflineMessaging { get; set; }

    /// <summary>Whether to store the message as history, readable with <see cref="ISignalingHistoryApi"/>; Agora's default is <see langword="false"/>.</summary>
    [JsonPropertyName("enable_historical_messaging")]
    public bool? EnableHistoricalMessaging { get; set; }
}

/// <summary>A message to a channel, for <see cref="ISignalingApi.SendChannelMessageAsync"/>.</summary>
public sealed class ChannelMessageRequest
{
    /// <summary>The channel's name: 1 to 64 characters (a name with a space cannot reach the SDK).</summary>
    [JsonPropertyName("channel_name")]
    public required string ChannelName { get; set; }

    /// <summary>The message content: not empty, at most 32 KB.</summary>
    [JsonPropertyName("payload")]
    public required string Payload { get; set; }

    /// <summary>Whether to store the message as history, readable with <see cref="ISignalingHistoryApi"/>; Agora's default is <see langword="false"/>.</summary>
    [JsonPropertyName("enable_historical_messaging")]
    public bool? EnableHistoricalMessaging { get; set; }
}

/// <summary>The outcome of sending a peer or channel message.</summary>
public sealed class SendMessageResponse
{
    /// <summary>Whether the request succeeded.</summary>
    [JsonPropertyName("result")]
    public SignalingResult? Result { get; set; }

    /// <summary>Agora's id of this request, for support.</summary>
    [JsonPropertyName("request_id")]
    public string? RequestId { get; set; }

    /// <summary>What became of the message; a channel message only reports <see cref="MessageStatus.Sent"/>.</summary>
    [JsonPropertyName("code")]
    public MessageStatus? Code { get; set; }
}
