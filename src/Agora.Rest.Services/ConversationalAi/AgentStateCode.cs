namespace Agora.Rest.Services.ConversationalAi;

/// <summary>The numeric code of an agent state, as the list filter (<see cref="AgentStateFilter"/>) takes it.</summary>
public enum AgentStateCode
{
    /// <summary><see cref="AgentStatus.Idle"/>.</summary>
    Idle = 0,

    /// <summary><see cref="AgentStatus.Starting"/>.</summary>
    Starting = 1,

    /// <summary><see cref="AgentStatus.Running"/>.</summary>
    Running = 2,

    /// <summary><see cref="AgentStatus.Stopping"/>.</summary>
    Stopping = 3,

    /// <summary><see cref="AgentStatus.Stopped"/>.</summary>
    Stopped = 4,

    /// <summary><see cref="AgentStatus.Failed"/> (Agora uses no code 5).</summary>
    Failed = 6,
}
