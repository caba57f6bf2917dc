using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// A minimal Conversational AI: <c>POST …/v2/projects/{appid}/join</c> starts an agent (a name is unique among the
/// running agents of a channel: 409 otherwise), <c>POST …/agents/{agentId}/leave</c> stops it, <c>GET …/agents/{agentId}</c>
/// reports RUNNING or STOPPED. Errors are Agora's <c>{detail, reason}</c>; the reasons are the emulator's wording. A
/// caller with a token (<see cref="ConvoAiTokenCredentials"/>) may start an agent only with the token's channel and uid,
/// and leave or query only agents of the token's channel: 403 otherwise.
/// </summary>
internal sealed class ConversationalAiEndpoints
{
    private readonly AgentRegistry _agents;

    public ConversationalAiEndpoints(AgentRegistry agents)
    {
        _agents = agents;
    }

    public async Task JoinAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (JoinProblem(body, out string name, out string channel, out string agentUid) is { } problem)
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, problem, "InvalidRequest").ConfigureAwait(false);
            return;
        }

        if (ConvoAiGrant.Of(request.Context) is { } grant && (grant.Channel != channel || grant.Uid != agentUid))
        {
            await TokenMismatchAsync(request.Context, "the token was not made for properties.channel and properties.agent_rtc_uid").ConfigureAwait(false);
            return;
        }

        (Agent agent, bool conflict) = _agents.Join(request["appid"], name, channel);
        if (conflict)
        {
            await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status409Conflict,
                new Conflict($"an agent named '{name}' is already running in channel '{channel}'", "AgentConflict", agent.Id)).ConfigureAwait(false);
            return;
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Joined(agent.Id, agent.StartedAt.ToUnixTimeSeconds(), "RUNNING")).ConfigureAwait(false);
    }

    public Task LeaveAsync(RouteRequest request)
    {
        if (_agents.Find(request["appid"], request["agentId"]) is { } agent && !TokenCovers(request.Context, agent))
        {
            return TokenMismatchAsync(request.Context, "the token was not made for this agent's channel");
        }

        return _agents.Leave(request["appid"], request["agentId"]) is null
            ? NotFoundAsync(request.Context)
            : JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Empty());
    }

    public Task QueryAsync(RouteRequest request)
    {
        if (_agents.Find(request["appid"], request["agentId"]) is not { } agent)
        {
            return NotFoundAsync(request.Context);
        }

        if (!TokenCovers(request.Context, agent))
        {
            return TokenMismatchAsync(request.Context, "the token was not made for this agent's channel");
        }

        var status = new AgentStatus(
            Message: string.Empty,
            StartTs: agent.StartedAt.ToUnixTimeSeconds(),
            StopTs: agent.StoppedAt?.ToUnixTimeSeconds(),
            agent.Name,
            agent.StoppedAt is null ? "RUNNING" : "STOPPED",
            AgentId: agent.Id);
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, status);
    }

    // A caller with Basic credentials may act on any agent of the app; a token only on those of its own channel.
    private static bool TokenCovers(HttpContext context, Agent agent) =>
        ConvoAiGrant.Of(context) is not { } grant || grant.Channel == agent.Channel;

    private static Task TokenMismatchAsync(HttpContext context, string detail) =>
        ErrorAsync(context, StatusCodes.Status403Forbidden, detail, "InvalidToken");

    // name, and properties with channel, agent_rtc_uid and a non-empty remote_rtc_uids, as the join API requires.
    private static string? JoinProblem(JsonDocument? body, out string name, out string channel, out string agentUid)
    {
        name = channel = agentUid = string.Empty;
        if (body is null)
        {
            return "the request body must be a JSON object";
        }

        JsonElement root = body.RootElement;
        if (JsonBody.String(root, "name") is not { Length: > 0 } givenName)
        {
            return "name is required";
        }

        if (!root.TryGetProperty("properties", out JsonElement properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return "properties is required";
        }

        if (JsonBody.String(properties, "channel") is not { Length: > 0 } givenChannel)
        {
            return "properties.channel is required";
        }

        if (JsonBody.String(properties, "agent_rtc_uid") is not { Length: > 0 } givenAgentUid)
        {
            return "properties.agent_rtc_uid is required (a string)";
        }

        if (!properties.TryGetProperty("remote_rtc_uids", out JsonElement remote) || remote.ValueKind != JsonValueKind.Array || remote.GetArrayLength() == 0)
        {
            return "properties.remote_rtc_uids must list at least one uid (or \"*\")";
        }

        name = givenName;
        channel = givenChannel;
        agentUid = givenAgentUid;
        return null;
    }

    private static Task NotFoundAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, "agent not found or has exited", "AgentNotFound");

    private static Task ErrorAsync(HttpContext context, int status, string detail, string reason) =>
        JsonAnswer.WriteAsync(context, status, new Error(detail, reason));

    private sealed record Error(string Detail, string Reason);

    private sealed record Conflict(string Detail, string Reason, string AgentId);

    private sealed record Joined(string AgentId, long CreateTs, string Status);

    private sealed record AgentStatus(string Message, long StartTs, long? StopTs, string Name, string Status, string AgentId);

    private sealed record Empty;
}
