using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.Signaling;

/// <summary>
/// A page of a channel's stored messages, from <see cref="ISignalingHistoryApi.GetMessageHistoryAsync"/>. Agora may answer
/// HTTP 200 and report a failure inside (<see cref="Error"/>, <see cref="ErrorCode"/>, <see cref="Reason"/>): a caller
/// must check <see cref="Succeeded"/> before using <see cref="Data"/>.
/// </summary>
public sealed class MessageHistoryResponse
{
    /// <summary>Agora's status code for the request; 200 means success.</summary>
    [JsonPropertyName("errorCode")]
    public int? ErrorCode { get; set; }

    /// <summary><see langword="true"/> when the request failed, whatever the HTTP status.</summary>
    [JsonPropertyName("error")]
    public bool? Error { get; set; }

    /// <summary>Agora's id of this request, for support.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>The operation Agora performed, such as <c>getMessage</c>.</summary>
    [JsonPropertyName("operation")]
    public string? Operation { get; set; }

    /// <summary>A short reason for a failure; empty on success.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>When the request was made, in Unix milliseconds.</summary>
    [JsonPropertyName("timestamp")]
    public long? Timestamp { get; set; }

    /// <summary>The messages and where the next page starts.</summary>
    [JsonPropertyName("data")]
    public MessageHistory? Data { get; set; }

    /// <summary>
    /// Whether the answer reports success: <see cref="Error"/> is not <see langword="true"/> and <see cref="ErrorCode"/>,
    /// when present, is 200.
    /// </summary>
    public bool Succeeded() => Error != true && (ErrorCode is null || ErrorCode == 200);
}

/// <summary>Stored messages and the start of the next page.</summary>
public sealed class MessageHistory
{
    /// <summary>The messages.</summary>
    [JsonPropertyName("messageList")]
    public IReadOnlyList<HistoryMessage>? MessageList { get; set; }

    /// <summary>How many messages came back.</summary>
    [JsonPropertyName("count")]
    public int? Count { get; set; }

    /// <summary>The <c>start</c> to pass for the next page.</summary>
    [JsonPropertyName("newStart")]
    public long? NewStart { get; set; }
}

/// <summary>A stored message.</summary>
public sealed class HistoryMessage
{
    /// <summary>How <see cref="Message"/> is carried: text as it is, or base64 for binary content.</summary>
    [JsonPropertyName("messageType")]
    public HistoryMessageType? MessageType { get; set; }

    /// <summary>The content: text, or base64 when <see cref="MessageType"/> is <see cref="HistoryMessageType.Binary"/>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The sender's own message type label, such as <c>text</c>.</summary>
    [JsonPropertyName("customType")]
    public string? CustomType { get; set; }

    /// <summary>The sender's user ID.</summary>
    [JsonPropertyName("publisher")]
    public string? Publisher { get; set; }

    /// <summary>When the message was sent, as a Unix timestamp (Agora does not state the unit).</summary>
    [JsonPropertyName("timestamp")]
    public long? Timestamp { get; set; }
}
