using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Agora.Rest.Testing.State;

/// <summary>
/// One Conversational AI agent: RUNNING from join until leave, then STOPPED (still queryable, listable and with its
/// turns readable). What speak and think sent is its history; each speak is a turn.
/// </summary>
internal sealed class Agent(long sequence, string id, string appId, string name, string channel, DateTimeOffset startedAt)
{
    /// <summary>Order of creation, for a stable list order and cursor.</summary>
    public long Sequence { get; } = sequence;

    public string Id { get; } = id;

    public string AppId { get; } = appId;

    public string Name { get; } = name;

    public string Channel { get; } = channel;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset? StoppedAt { get; set; }

    public bool Running => StoppedAt is null;

    /// <summary>The RTC token last given (join or update); kept, never reported.</summary>
    public string? Token { get; set; }

    /// <summary>The LLM parameters last given: an update replaces them as a whole, as Agora documents.</summary>
    public JsonElement? LlmParams { get; set; }

    public List<HistoryItem> History { get; private init; } = new();

    public List<AgentTurn> Turns { get; private init; } = new();

    /// <summary>The turn the agent is speaking, if any: the last one, not yet ended.</summary>
    public AgentTurn? Speaking => Turns.Count > 0 && Turns[^1].EndAt is null ? Turns[^1] : null;

    public Agent Copy() => new(Sequence, Id, AppId, Name, Channel, StartedAt)
    {
        StoppedAt = StoppedAt,
        Token = Token,
        LlmParams = LlmParams,
        History = History.ToList(),
        Turns = Turns.Select(t => t.Copy()).ToList(),
    };
}

/// <summary>A message of an agent's history: <c>assistant</c> (speak) or <c>user</c> (think).</summary>
internal sealed record HistoryItem(string Role, string Content);

/// <summary>A turn started by the speak API; open while the agent speaks, ended by the next speak, an interrupt or leave.</summary>
internal sealed class AgentTurn(long id, DateTimeOffset startAt)
{
    public long Id { get; } = id;

    public DateTimeOffset StartAt { get; } = startAt;

    public DateTimeOffset? EndAt { get; private set; }

    /// <summary><c>ok</c> or <c>interrupted</c>.</summary>
    public string? EndType { get; private set; }

    /// <summary>For an interrupted turn: <c>api_speak</c>, <c>api_interrupt</c>, <c>api_leave</c>, or none (a think).</summary>
    public string? CausedBy { get; private set; }

    public void End(DateTimeOffset at, string type, string? causedBy)
    {
        EndAt = at;
        EndType = type;
        CausedBy = causedBy;
    }

    public AgentTurn Copy()
    {
        var copy = new AgentTurn(Id, StartAt);
        if (EndAt is { } end)
        {
            copy.End(end, EndType!, CausedBy);
        }

        return copy;
    }
}
