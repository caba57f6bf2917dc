using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.SpeechToText;

/// <summary>What <see cref="ISpeechToTextApi.ListAgentsAsync"/> answers: one page of agents and the cursor of the next.</summary>
public sealed class SttAgentListResponse
{
    /// <summary>The page.</summary>
    [JsonPropertyName("data")]
    public SttAgentListData? Data { get; set; }

    /// <summary>The total and the next page's cursor.</summary>
    [JsonPropertyName("meta")]
    public SttAgentListMeta? Meta { get; set; }

    /// <summary>The request's status, <c>ok</c> on success.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }
}

/// <summary>One page of agents.</summary>
public sealed class SttAgentListData
{
    /// <summary>How many agents this page holds.</summary>
    [JsonPropertyName("count")]
    public int? Count { get; set; }

    /// <summary>The agents of this page.</summary>
    [JsonPropertyName("list")]
    public IReadOnlyList<SttAgentListItem>? List { get; set; }
}

/// <summary>One agent in a list.</summary>
public sealed class SttAgentListItem
{
    /// <summary>The agent's id.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    /// <summary>When the agent was created, Unix seconds (named <c>start_ts</c> here, <c>create_ts</c> elsewhere).</summary>
    [JsonPropertyName("start_ts")]
    public long? StartTs { get; set; }

    /// <summary>The agent's state.</summary>
    [JsonPropertyName("status")]
    public SttAgentStatus? Status { get; set; }
}

/// <summary>Paging facts of a list.</summary>
public sealed class SttAgentListMeta
{
    /// <summary>The cursor of the next page; empty when there is none.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; set; }

    /// <summary>How many agents match in all.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }
}
