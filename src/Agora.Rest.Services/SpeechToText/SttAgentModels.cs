using System.Text.Json.Serialization;

namespace Agora.Rest.Services.SpeechToText;

/// <summary>What <see cref="ISpeechToTextApi.JoinAsync"/> and <see cref="ISpeechToTextApi.UpdateAsync"/> answer: the agent and its state.</summary>
public sealed class SttAgentResponse
{
    /// <summary>The agent's id, the <c>agentId</c> of later calls.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    /// <summary>When the agent was created, Unix seconds.</summary>
    [JsonPropertyName("create_ts")]
    public long? CreateTs { get; set; }

    /// <summary>The agent's state.</summary>
    [JsonPropertyName("status")]
    public SttAgentStatus? Status { get; set; }
}

/// <summary>What <see cref="ISpeechToTextApi.QueryAsync"/> answers: the agent's state.</summary>
public sealed class SttAgentQueryResponse
{
    /// <summary>Agora's note on the result.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The agent's id.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    /// <summary>When the agent was created, Unix seconds.</summary>
    [JsonPropertyName("create_ts")]
    public long? CreateTs { get; set; }

    /// <summary>The agent's state.</summary>
    [JsonPropertyName("status")]
    public SttAgentStatus? Status { get; set; }
}
