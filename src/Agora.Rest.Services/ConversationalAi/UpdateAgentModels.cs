using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>The body of <see cref="IConversationalAiOperations.UpdateAsync"/>: the settings to change, others stay.</summary>
public sealed class UpdateAgentRequest
{
    /// <summary>The settings to change.</summary>
    [JsonPropertyName("properties")]
    public UpdateAgentProperties? Properties { get; set; }
}

/// <summary>The settings of a running agent that can change.</summary>
public sealed class UpdateAgentProperties
{
    /// <summary>A new RTC token, for example after the <c>104 agent expire</c> event; required when the project has an App Certificate.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>LLM settings.</summary>
    [JsonPropertyName("llm")]
    public UpdateLlmConfig? Llm { get; set; }

    /// <summary>MLLM settings.</summary>
    [JsonPropertyName("mllm")]
    public UpdateMllmConfig? Mllm { get; set; }
}

/// <summary>The LLM settings a running agent can change.</summary>
public sealed class UpdateLlmConfig
{
    /// <summary>New system messages (OpenAI-compatible, free-form); <see cref="LlmMessage.Create"/> builds one.</summary>
    [JsonPropertyName("system_messages")]
    public IReadOnlyList<JsonElement>? SystemMessages { get; set; }

    /// <summary>New LLM parameters, free-form; they replace the join's <c>params</c> as a whole, so send all of them.</summary>
    [JsonPropertyName("params")]
    public JsonElement? Params { get; set; }
}

/// <summary>The MLLM settings a running agent can change.</summary>
public sealed class UpdateMllmConfig
{
    /// <summary>New MLLM parameters, free-form as the vendor defines them.</summary>
    [JsonPropertyName("params")]
    public JsonElement? Params { get; set; }
}
