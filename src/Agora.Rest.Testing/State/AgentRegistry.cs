using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace Agora.Rest.Testing.State;

/// <summary>Conversational AI agents: started by join, RUNNING until they leave, then STOPPED (still queryable).</summary>
internal sealed class AgentRegistry
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<string, Agent> _agents = new(StringComparer.Ordinal);

    public AgentRegistry(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Starts an agent, or returns the running agent that already has this name in the channel.</summary>
    public (Agent Agent, bool Conflict) Join(string appId, string name, string channel)
    {
        lock (_gate)
        {
            Agent? running = _agents.Values.FirstOrDefault(a => a.AppId == appId && a.Channel == channel && a.Name == name && a.StoppedAt is null);
            if (running is not null)
            {
                return (running.Copy(), true);
            }

            var agent = new Agent(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), appId, name, channel, _time.GetUtcNow());
            _agents.Add(agent.Id, agent);
            return (agent.Copy(), false);
        }
    }

    /// <summary>The agent as it is now (a copy, safe to read while others leave), or <see langword="null"/>.</summary>
    public Agent? Find(string appId, string agentId)
    {
        lock (_gate)
        {
            return FindLocked(appId, agentId)?.Copy();
        }
    }

    private Agent? FindLocked(string appId, string agentId) =>
        _agents.TryGetValue(agentId, out Agent? agent) && agent.AppId == appId ? agent : null;

    /// <summary>Stops a running agent; <see langword="null"/> when there is none with that id or it has stopped.</summary>
    public Agent? Leave(string appId, string agentId)
    {
        lock (_gate)
        {
            if (FindLocked(appId, agentId) is not { StoppedAt: null } agent)
            {
                return null;
            }

            agent.StoppedAt = _time.GetUtcNow();
            return agent.Copy();
        }
    }
}

internal sealed class Agent(string id, string appId, string name, string channel, DateTimeOffset startedAt)
{
    public string Id { get; } = id;

    public string AppId { get; } = appId;

    public string Name { get; } = name;

    public string Channel { get; } = channel;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset? StoppedAt { get; set; }

    public Agent Copy() => new(Id, AppId, Name, Channel, StartedAt) { StoppedAt = StoppedAt };
}
