using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Testing.Tests;

// Conversational AI agents as a user declares them; the generator implements it.

[AgoraApi, BasicAuth]
public partial interface IConversationalAiApi
{
    [Post("/api/conversational-ai-agent/v2/projects/{appId}/join")]
    Task<AgentStarted> JoinAsync(string appId, [Body] StartAgent request, CancellationToken cancellationToken = default);

    [Post("/api/conversational-ai-agent/v2/projects/{appId}/agents/{agentId}/leave")]
    Task LeaveAsync(string appId, string agentId, CancellationToken cancellationToken = default);

    [Get("/api/conversational-ai-agent/v2/projects/{appId}/agents/{agentId}")]
    Task<AgentState> QueryAsync(string appId, string agentId, CancellationToken cancellationToken = default);
}

// The same APIs with a token instead of Basic credentials, as Agora allows for Conversational AI.
[AgoraApi, AccessToken2Auth]
public partial interface IConversationalAiTokenApi
{
    [Post("/api/conversational-ai-agent/v2/projects/{appId}/join")]
    Task<AgentStarted> JoinAsync(string appId, [Body] StartAgent request, CancellationToken cancellationToken = default);

    [Post("/api/conversational-ai-agent/v2/projects/{appId}/agents/{agentId}/leave")]
    Task LeaveAsync(string appId, string agentId, CancellationToken cancellationToken = default);

    [Get("/api/conversational-ai-agent/v2/projects/{appId}/agents/{agentId}")]
    Task<AgentState> QueryAsync(string appId, string agentId, CancellationToken cancellationToken = default);
}

public sealed record AgentProperties(
    string Channel,
    string Token,
    [property: JsonPropertyName("agent_rtc_uid")] string AgentRtcUid,
    [property: JsonPropertyName("remote_rtc_uids")] IReadOnlyList<string> RemoteRtcUids,
    [property: JsonPropertyName("idle_timeout")] int IdleTimeout = 120);

public sealed record StartAgent(string Name, AgentProperties Properties);

public sealed record AgentStarted([property: JsonPropertyName("agent_id")] string AgentId, [property: JsonPropertyName("create_ts")] long CreateTs, string Status);

public sealed record AgentState(
    [property: JsonPropertyName("agent_id")] string AgentId,
    string Name,
    string Status,
    [property: JsonPropertyName("start_ts")] long StartTs,
    [property: JsonPropertyName("stop_ts")] long? StopTs);
