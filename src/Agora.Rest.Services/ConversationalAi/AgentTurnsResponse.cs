using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>One page of a session's turns, from <see cref="IConversationalAiOperations.GetTurnsAsync"/>.</summary>
public sealed class AgentTurnsResponse
{
    /// <summary>The agent's ID.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    /// <summary>The agent's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The agent's channel.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; set; }

    /// <summary>How many turns the session had in all.</summary>
    [JsonPropertyName("total_turn_count")]
    public int TotalTurnCount { get; set; }

    /// <summary>Where this page stands.</summary>
    [JsonPropertyName("pagination")]
    public TurnsPagination? Pagination { get; set; }

    /// <summary>The turns of this page.</summary>
    [JsonPropertyName("turns")]
    public IReadOnlyList<ConversationTurn>? Turns { get; set; }
}

/// <summary>Paging facts of a turns page.</summary>
public sealed class TurnsPagination
{
    /// <summary>This page, from 1.</summary>
    [JsonPropertyName("page_index")]
    public int PageIndex { get; set; }

    /// <summary>How many pages there are.</summary>
    [JsonPropertyName("total_pages")]
    public int TotalPages { get; set; }

    /// <summary>Whether this is the last page.</summary>
    [JsonPropertyName("is_last_page")]
    public bool IsLastPage { get; set; }
}

/// <summary>One conversation turn: how it started and ended, and its latency.</summary>
public sealed class ConversationTurn
{
    /// <summary>The agent's ID.</summary>
    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    /// <summary>The agent's channel.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; set; }

    /// <summary>The turn's place in the session, from 1.</summary>
    [JsonPropertyName("turn_id")]
    public long TurnId { get; set; }

    /// <summary>How the turn started.</summary>
    [JsonPropertyName("start")]
    public TurnStart? Start { get; set; }

    /// <summary>How the turn ended.</summary>
    [JsonPropertyName("end")]
    public TurnEnd? End { get; set; }

    /// <summary>The turn's latency.</summary>
    [JsonPropertyName("metrics")]
    public TurnMetrics? Metrics { get; set; }
}

/// <summary>The start of a turn.</summary>
public sealed class TurnStart
{
    /// <summary>When the turn started, Unix milliseconds (UTC).</summary>
    [JsonPropertyName("start_at")]
    public long StartAt { get; set; }

    /// <summary>What started it.</summary>
    [JsonPropertyName("type")]
    public TurnStartType Type { get; set; }

    /// <summary>Details that depend on <see cref="Type"/>.</summary>
    [JsonPropertyName("metadata")]
    public TurnStartMetadata? Metadata { get; set; }
}

/// <summary>Details of a turn's start; which fields are present depends on its type.</summary>
public sealed class TurnStartMetadata
{
    /// <summary>How long the user spoke, milliseconds (voice input).</summary>
    [JsonPropertyName("speech_duration_ms")]
    public int? SpeechDurationMs { get; set; }

    /// <summary>The least voice that interrupts, milliseconds (voice input).</summary>
    [JsonPropertyName("interrupt_duration_ms")]
    public int? InterruptDurationMs { get; set; }

    /// <summary>Which greeting this is (greeting).</summary>
    [JsonPropertyName("greeting_nth")]
    public int? GreetingNth { get; set; }

    /// <summary>What the silence timeout did (silence timeout).</summary>
    [JsonPropertyName("action")]
    public SilenceAction? Action { get; set; }

    /// <summary>How the speak request arrived (speak request).</summary>
    [JsonPropertyName("transport")]
    public RequestTransport? Transport { get; set; }
}

/// <summary>The end of a turn.</summary>
public sealed class TurnEnd
{
    /// <summary>When the turn ended, Unix milliseconds (UTC).</summary>
    [JsonPropertyName("end_at")]
    public long EndAt { get; set; }

    /// <summary>How it ended.</summary>
    [JsonPropertyName("type")]
    public TurnEndType Type { get; set; }

    /// <summary>Details that depend on <see cref="Type"/>.</summary>
    [JsonPropertyName("metadata")]
    public TurnEndMetadata? Metadata { get; set; }
}

/// <summary>Details of a turn's end; which fields are present depends on its type.</summary>
public sealed class TurnEndMetadata
{
    /// <summary>How long the answer played, milliseconds (ok).</summary>
    [JsonPropertyName("playback_duration_ms")]
    public int? PlaybackDurationMs { get; set; }

    /// <summary>What interrupted or ignored the turn (interrupted, ignored).</summary>
    [JsonPropertyName("caused_by")]
    public TurnEndCause? CausedBy { get; set; }

    /// <summary>How the speak or interrupt request that ended it arrived.</summary>
    [JsonPropertyName("transport")]
    public RequestTransport? Transport { get; set; }

    /// <summary>The error type (error).</summary>
    [JsonPropertyName("reason")]
    public TurnErrorReason? Reason { get; set; }

    /// <summary>The error details (error).</summary>
    [JsonPropertyName("details")]
    public string? Details { get; set; }
}

/// <summary>A turn's latency.</summary>
public sealed class TurnMetrics
{
    /// <summary>End-to-end latency, milliseconds.</summary>
    [JsonPropertyName("e2e_latency_ms")]
    public int? E2eLatencyMs { get; set; }

    /// <summary>The latency by stage; which stages appear depends on the LLM's input modality.</summary>
    [JsonPropertyName("segmented_latency_ms")]
    public IReadOnlyList<LatencySegment>? SegmentedLatencyMs { get; set; }
}

/// <summary>The latency of one stage of a turn.</summary>
public sealed class LatencySegment
{
    /// <summary>The stage.</summary>
    [JsonPropertyName("name")]
    public LatencySegmentName Name { get; set; }

    /// <summary>The stage's latency, milliseconds (Agora types it as a number, so it may have a fraction).</summary>
    [JsonPropertyName("latency")]
    public double Latency { get; set; }
}
