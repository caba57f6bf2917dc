using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>One agent's status, from <see cref="IConversationalAiOperations.QueryAsync"/>.</summary>
public sealed class AgentStatusResponse
{
    /// <summary>Agora's message about the agent, for example why it exited.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>When the agent was created, Unix seconds.</summary>
    [JsonPropertyName("start_ts")]
    public long StartTs { get; set; }

    /// <summary>When the agent stopped, Unix seconds; absent while it runs.</summary>
    [JsonPropertyName("stop_ts")]
    public long? StopTs { get; set; }

    /// <summary>The name given at join.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The agent's status.</summary>
    [JsonPropertyName("status")]
    public AgentStatus Status { get; set; }

    /// <summary>The agent's ID.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }
}
