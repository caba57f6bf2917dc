using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>One page of agents, from <see cref="IConversationalAiOperations.ListAsync"/>.</summary>
public sealed class ListAgentsResponse
{
    /// <summary>The agents of this page.</summary>
    [JsonPropertyName("data")]
    public AgentListData? Data { get; set; }

    /// <summary>The cursor of the next page and the total count.</summary>
    [JsonPropertyName("meta")]
    public AgentListMeta? Meta { get; set; }

    /// <summary>The request's status, <c>ok</c> on success.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }
}

/// <summary>The agents of one page.</summary>
public sealed class AgentListData
{
    /// <summary>How many agents this page holds.</summary>
    [JsonPropertyName("count")]
    public int Count { get; set; }

    /// <summary>The agents.</summary>
    [JsonPropertyName("list")]
    public IReadOnlyList<AgentListItem>? List { get; set; }
}

/// <summary>An agent in a list page.</summary>
public sealed class AgentListItem
{
    /// <summary>When the agent was created, Unix seconds.</summary>
    [JsonPropertyName("start_ts")]
    public long StartTs { get; set; }

    /// <summary>The agent's status.</summary>
    [JsonPropertyName("status")]
    public AgentStatus Status { get; set; }

    /// <summary>The agent's ID.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }
}

/// <summary>Paging facts of a list page.</summary>
public sealed class AgentListMeta
{
    /// <summary>Where the next page starts: pass it as the <c>cursor</c> of the next call.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; set; }

    /// <summary>How many agents match the filters in all.</summary>
    [JsonPropertyName("total")]
    public int Total { get; set; }
}
