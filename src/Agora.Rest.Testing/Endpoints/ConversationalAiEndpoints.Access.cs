using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>Finding the agent a request names, the token's reach, and the error answers every operation shares.</summary>
internal sealed partial class ConversationalAiEndpoints
{
    // The agent of the path, known (running or stopped) and within the caller's reach; else the answer to send.
    private Task? Known(RouteRequest request, out Agent? agent)
    {
        agent = _agents.Find(request["appid"], request["agentId"]);
        if (agent is null)
        {
            return NotFoundAsync(request.Context);
        }

        return TokenCovers(request.Context, agent) ? null : TokenMismatchAsync(request.Context, "the token was not made for this agent's channel");
    }

    // As Known, and the agent must be running: a stopped agent is "not found or has exited" for the operations that steer it.
    private Task? Running(RouteRequest request, out Agent? agent)
    {
        if (Known(request, out agent) is { } refused)
        {
            return refused;
        }

        return agent!.Running ? null : NotFoundAsync(request.Context);
    }

    private Task? Running(RouteRequest request) => Running(request, out _);

    // A caller with Basic credentials may act on any agent of the app; a token only on those of its own channel.
    private static bool TokenCovers(HttpContext context, Agent agent) =>
        ConvoAiGrant.Of(context) is not { } grant || grant.Channel == agent.Channel;

    private static Task TokenMismatchAsync(HttpContext context, string detail) =>
        ErrorAsync(context, StatusCodes.Status403Forbidden, detail, "InvalidToken");

    private static Task BadRequestAsync(HttpContext context, string detail) =>
        ErrorAsync(context, StatusCodes.Status400BadRequest, detail, "InvalidRequest");

    private static Task NotFoundAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, "agent not found or has exited", "AgentNotFound");

    private static Task ErrorAsync(HttpContext context, int status, string detail, string reason) =>
        JsonAnswer.WriteAsync(context, status, new Error(detail, reason));

    private sealed record Error(string Detail, string Reason);
}
