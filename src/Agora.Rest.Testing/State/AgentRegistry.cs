using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;

namespace Agora.Rest.Testing.State;

/// <summary>
/// The Conversational AI agents of one region (the emulator keeps one registry for the global service and another for
/// the China service, as Agora runs them separately). Answers copies, safe to read while others change the agent.
/// </summary>
internal sealed class AgentRegistry
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<string, Agent> _agents = new(StringComparer.Ordinal);
    private long _sequence;

    public AgentRegistry(TimeProvider time)
    {
        _time = time;
    }

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Starts an agent, or returns the running agent that already has this name in the channel.</summary>
    public (Agent Agent, bool Conflict) Join(string appId, string name, string channel, string? token)
    {
        lock (_gate)
        {
            Agent? running = _agents.Values.FirstOrDefault(a => a.AppId == appId && a.Channel == channel && a.Name == name && a.Running);
            if (running is not null)
            {
                return (running.Copy(), true);
            }

            var agent = new Agent(++_sequence, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), appId, name, channel, _time.GetUtcNow()) { Token = token };
            _agents.Add(agent.Id, agent);
            return (agent.Copy(), false);
        }
    }

    /// <summary>The agent as it is now, or <see langword="null"/>.</summary>
    public Agent? Find(string appId, string agentId)
    {
        lock (_gate)
        {
            return FindLocked(appId, agentId)?.Copy();
        }
    }

    /// <summary>Every agent of the app, in the order they were started.</summary>
    public IReadOnlyList<Agent> All(string appId)
    {
        lock (_gate)
        {
            return _agents.Values.Where(a => a.AppId == appId).OrderBy(a => a.Sequence).Select(a => a.Copy()).ToList();
        }
    }

    /// <summary>Stops a running agent (ending the turn it speaks); <see langword="null"/> when there is none running with that id.</summary>
    public Agent? Leave(string appId, string agentId) => Change(appId, agentId, (agent, now) =>
    {
        agent.Speaking?.End(now, "interrupted", "api_leave");
        agent.StoppedAt = now;
    });

    /// <summary>A new token and LLM parameters (replacing the old ones as a whole) for a running agent.</summary>
    public Agent? Update(string appId, string agentId, string? token, JsonElement? llmParams) => Change(appId, agentId, (agent, _) =>
    {
        agent.Token = token ?? agent.Token;
        agent.LlmParams = llmParams ?? agent.LlmParams;
    });

    /// <summary>
    /// Makes a running agent speak <paramref name="text"/>: a new turn (and an assistant message) unless the agent is
    /// speaking and the priority is IGNORE. INTERRUPT ends the current turn as interrupted, APPEND lets it end normally.
    /// </summary>
    public Agent? Speak(string appId, string agentId, string text, string priority) => Change(appId, agentId, (agent, now) =>
    {
        if (agent.Speaking is { } current)
        {
            if (priority == "IGNORE")
            {
                return;
            }

            current.End(now, priority == "APPEND" ? "ok" : "interrupted", priority == "APPEND" ? null : "api_speak");
        }

        agent.Turns.Add(new AgentTurn(agent.Turns.Count + 1, now));
        agent.History.Add(new HistoryItem("assistant", text));
    });

    /// <summary>Stops a running agent's speech: the turn it speaks ends as interrupted by the API.</summary>
    public Agent? Interrupt(string appId, string agentId) => Change(appId, agentId, (agent, now) =>
        agent.Speaking?.End(now, "interrupted", "api_interrupt"));

    /// <summary>
    /// Gives a running agent a text as user input (a user message), unless it is speaking and
    /// <paramref name="onSpeaking"/> is <c>ignore</c>; with <c>interrupt</c> the turn it speaks ends as interrupted.
    /// </summary>
    public Agent? Think(string appId, string agentId, string text, string onSpeaking) => Change(appId, agentId, (agent, now) =>
    {
        if (agent.Speaking is { } current)
        {
            if (onSpeaking == "ignore")
            {
                return;
            }

            current.End(now, "interrupted", causedBy: null);
        }

        agent.History.Add(new HistoryItem("user", text));
    });

    private Agent? Change(string appId, string agentId, Action<Agent, DateTimeOffset> change)
    {
        lock (_gate)
        {
            if (FindLocked(appId, agentId) is not { Running: true } agent)
            {
                return null;
            }

            change(agent, _time.GetUtcNow());
            return agent.Copy();
        }
    }

    private Agent? FindLocked(string appId, string agentId) =>
        _agents.TryGetValue(agentId, out Agent? agent) && agent.AppId == appId ? agent : null;
}
