using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>The agent a speak or think request went to.</summary>
public sealed class AgentActionResponse
{
    /// <summary>The agent's ID.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    /// <summary>The agent's channel.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; set; }

    /// <summary>When the agent was created, Unix seconds.</summary>
    [JsonPropertyName("start_ts")]
    public long StartTs { get; set; }
}
