using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Conversational AI v2, one instance per region over its own <see cref="AgentRegistry"/> (global and China are separate
/// services at Agora: an agent started on one is unknown to the other). <c>join</c> starts an agent (a name is unique
/// among the running agents of a channel: 409 otherwise), <c>leave</c> stops it, <c>GET …/agents/{agentId}</c> reports
/// RUNNING or STOPPED with <c>stop_ts</c>, <c>update</c> changes a running agent's token and LLM parameters; the list,
/// steering (speak, interrupt, think) and records (history, turns) are in the other parts of this class. Errors are
/// Agora's <c>{detail, reason}</c>; the reasons are the emulator's wording. A caller with a token
/// (<see cref="ConvoAiTokenCredentials"/>) may start an agent only with the token's channel and uid, and act on or list
/// only agents of the token's channel: 403 otherwise.
/// </summary>
internal sealed partial class ConversationalAiEndpoints
{
    private readonly AgentRegistry _agents;

    public ConversationalAiEndpoints(AgentRegistry agents)
    {
        _agents = agents;
    }

    public async Task JoinAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (JoinProblem(body, out string name, out string channel, out string agentUid, out string? token) is { } problem)
        {
            await BadRequestAsync(request.Context, problem).ConfigureAwait(false);
            return;
        }

        if (ConvoAiGrant.Of(request.Context) is { } grant && (grant.Channel != channel || grant.Uid != agentUid))
        {
            await TokenMismatchAsync(request.Context, "the token was not made for properties.channel and properties.agent_rtc_uid").ConfigureAwait(false);
            return;
        }

        (Agent agent, bool conflict) = _agents.Join(request["appid"], name, channel, token);
        if (conflict)
        {
            await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status409Conflict,
                new Conflict($"an agent named '{name}' is already running in channel '{channel}'", "AgentConflict", agent.Id)).ConfigureAwait(false);
            return;
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, Instance(agent)).ConfigureAwait(false);
    }

    public Task LeaveAsync(RouteRequest request)
    {
        if (Running(request) is { } refused)
        {
            return refused;
        }

        return _agents.Leave(request["appid"], request["agentId"]) is null
            ? NotFoundAsync(request.Context)
            : JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Empty());
    }

    public Task QueryAsync(RouteRequest request)
    {
        if (Known(request, out Agent? agent) is { } refused)
        {
            return refused;
        }

        var status = new AgentStatusAnswer(
            Message: agent!.Running ? string.Empty : "agent exits with reason: leave",
            StartTs: agent.StartedAt.ToUnixTimeSeconds(),
            StopTs: agent.StoppedAt?.ToUnixTimeSeconds(),
            agent.Name,
            StatusOf(agent),
            AgentId: agent.Id);
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, status);
    }

    // The body is optional; when given, properties.token is a string, properties.llm.params an object (it replaces
    // the join's as a whole) and properties.llm.system_messages an array.
    public async Task UpdateAsync(RouteRequest request)
    {
        string? problem = null;
        string? token = null;
        JsonElement? llmParams = null;
        if (request.Context.Request.ContentLength is not 0)
        {
            using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
            problem = body is null ? "the request body must be a JSON object" : UpdateProblem(body.RootElement, out token, out llmParams);
        }

        if (problem is not null)
        {
            await BadRequestAsync(request.Context, problem).ConfigureAwait(false);
            return;
        }

        if (Running(request) is { } refused)
        {
            await refused.ConfigureAwait(false);
            return;
        }

        Task answer = _agents.Update(request["appid"], request["agentId"], token, llmParams) is { } agent
            ? JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, Instance(agent))
            : NotFoundAsync(request.Context);
        await answer.ConfigureAwait(false);
    }

    private static string? UpdateProblem(JsonElement root, out string? token, out JsonElement? llmParams)
    {
        token = null;
        llmParams = null;
        if (!root.TryGetProperty("properties", out JsonElement properties))
        {
            return null;
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            return "properties must be an object";
        }

        if (properties.TryGetProperty("token", out JsonElement givenToken))
        {
            if (givenToken.ValueKind != JsonValueKind.String)
            {
                return "properties.token must be a string";
            }

            token = givenToken.GetString();
        }

        if (!properties.TryGetProperty("llm", out JsonElement llm))
        {
            return null;
        }

        if (llm.ValueKind != JsonValueKind.Object)
        {
            return "properties.llm must be an object";
        }

        if (llm.TryGetProperty("system_messages", out JsonElement messages) && messages.ValueKind != JsonValueKind.Array)
        {
            return "properties.llm.system_messages must be an array";
        }

        if (llm.TryGetProperty("params", out JsonElement parameters))
        {
            if (parameters.ValueKind != JsonValueKind.Object)
            {
                return "properties.llm.params must be an object";
            }

            llmParams = parameters.Clone();
        }

        return null;
    }

    // name, and properties with channel, agent_rtc_uid and a non-empty remote_rtc_uids, as the join API requires.
    private static string? JoinProblem(JsonDocument? body, out string name, out string channel, out string agentUid, out string? token)
    {
        name = channel = agentUid = string.Empty;
        token = null;
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
        token = JsonBody.String(properties, "token");
        return null;
    }

    private static Instanced Instance(Agent agent) => new(agent.Id, agent.StartedAt.ToUnixTimeSeconds(), StatusOf(agent));

    // The emulator's agents start and stop at once: RUNNING from join, STOPPED after leave.
    private static string StatusOf(Agent agent) => agent.Running ? "RUNNING" : "STOPPED";

    private sealed record Conflict(string Detail, string Reason, string AgentId);

    private sealed record Instanced(string AgentId, long CreateTs, string Status);

    private sealed record AgentStatusAnswer(string Message, long StartTs, long? StopTs, string Name, string Status, string AgentId);

    private sealed record Empty;
}
