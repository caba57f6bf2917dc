using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>A running agent's conversation so far, from <see cref="IConversationalAiOperations.GetHistoryAsync"/>.</summary>
public sealed class AgentHistoryResponse
{
    /// <summary>The agent's ID.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    /// <summary>When the agent was created, Unix seconds.</summary>
    [JsonPropertyName("start_ts")]
    public long StartTs { get; set; }

    /// <summary>The agent's status (only running agents can be queried).</summary>
    [JsonPropertyName("status")]
    public AgentStatus Status { get; set; }

    /// <summary>The messages, oldest first.</summary>
    [JsonPropertyName("contents")]
    public IReadOnlyList<ConversationMessage>? Contents { get; set; }
}

/// <summary>One message of an agent's history.</summary>
public sealed class ConversationMessage
{
    /// <summary>Who said it.</summary>
    [JsonPropertyName("role")]
    public ConversationRole Role { get; set; }

    /// <summary>The text.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>When the user started speaking or TTS started playing, Unix milliseconds; only with a custom LLM.</summary>
    [JsonPropertyName("speech_start_ms")]
    public long? SpeechStartMs { get; set; }

    /// <summary>When the speech ended or TTS finished or was interrupted, Unix milliseconds; only with a custom LLM.</summary>
    [JsonPropertyName("speech_end_ms")]
    public long? SpeechEndMs { get; set; }

    /// <summary>
    /// Milliseconds of delay added by audio processing (noise reduction, voice locking, ...), to line up with cloud
    /// recordings; only with a custom LLM, for user messages with real voice input.
    /// </summary>
    [JsonPropertyName("speech_algorithmic_delay")]
    public long? SpeechAlgorithmicDelay { get; set; }
}
