using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>The body of <see cref="IConversationalAiOperations.SpeakAsync"/>: a text for the agent to say through TTS.</summary>
public sealed class SpeakRequest
{
    /// <summary>The text, at most 512 bytes (UTF-8).</summary>
    [JsonPropertyName("text")]
    public required string Text { get; set; }

    /// <summary>What happens when the agent is busy (Agora's default: interrupt and speak now).</summary>
    [JsonPropertyName("priority")]
    public SpeakPriority? Priority { get; set; }

    /// <summary>Whether the user's voice can interrupt it (Agora's default: <see langword="true"/>).</summary>
    [JsonPropertyName("interruptable")]
    public bool? Interruptable { get; set; }
}
