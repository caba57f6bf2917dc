using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>The body of <see cref="IConversationalAiOperations.ThinkAsync"/>: an instruction handled as user input.</summary>
public sealed class ThinkRequest
{
    /// <summary>The instruction text, handled as if the user had said it.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; set; }

    /// <summary>What happens while the agent listens (Agora's default: interrupt, a new turn).</summary>
    [JsonPropertyName("on_listening_action")]
    public ThinkAction? OnListeningAction { get; set; }

    /// <summary>What happens while the agent thinks: interrupt (Agora's default) or ignore.</summary>
    [JsonPropertyName("on_thinking_action")]
    public ThinkAction? OnThinkingAction { get; set; }

    /// <summary>What happens while the agent speaks: interrupt or ignore (Agora's default).</summary>
    [JsonPropertyName("on_speaking_action")]
    public ThinkAction? OnSpeakingAction { get; set; }

    /// <summary>Whether the user's voice can interrupt the answer (Agora's default: <see langword="true"/>).</summary>
    [JsonPropertyName("interruptable")]
    public bool? Interruptable { get; set; }

    /// <summary>Business information sent along, free-form key-value pairs.</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; set; }
}
