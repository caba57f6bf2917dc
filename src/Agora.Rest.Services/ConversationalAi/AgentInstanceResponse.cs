using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>An agent as <see cref="IConversationalAiOperations.JoinAsync"/> and <see cref="IConversationalAiOperations.UpdateAsync"/> answer.</summary>
public sealed class AgentInstanceResponse
{
    /// <summary>The agent's ID, for every later call about it.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    /// <summary>When the agent was created, Unix seconds.</summary>
    [JsonPropertyName("create_ts")]
    public long CreateTs { get; set; }

    /// <summary>The agent's status.</summary>
    [JsonPropertyName("status")]
    public AgentStatus Status { get; set; }
}
