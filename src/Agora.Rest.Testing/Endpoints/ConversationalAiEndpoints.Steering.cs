using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Steering a running agent (404 for an unknown or stopped one). <c>speak</c>: <c>text</c> of 1 to 512 UTF-8 bytes,
/// <c>priority</c> INTERRUPT (default), APPEND or IGNORE, <c>interruptable</c> a boolean; the text becomes a turn and an
/// assistant message of the history (IGNORE drops it while the agent speaks). <c>interrupt</c> ends the turn being
/// spoken. <c>think</c>: <c>text</c> required, the three actions among their documented values; the text becomes a user
/// message (dropped while the agent speaks unless <c>on_speaking_action</c> is <c>interrupt</c>).
/// </summary>
internal sealed partial class ConversationalAiEndpoints
{
    /// <summary>Agora's limit on a speak text, in bytes.</summary>
    private const int MaxSpeakBytes = 512;

    private static readonly string[] SpeakPriorities = ["INTERRUPT", "APPEND", "IGNORE"];
    private static readonly string[] ListeningActions = ["inject", "interrupt", "ignore"];
    private static readonly string[] BusyActions = ["interrupt", "ignore"];

    public async Task SpeakAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (SpeakProblem(body, out string text, out string priority) is { } problem)
        {
            await BadRequestAsync(request.Context, problem).ConfigureAwait(false);
            return;
        }

        await SteerAsync(request, () => _agents.Speak(request["appid"], request["agentId"], text, priority)).ConfigureAwait(false);
    }

    public Task InterruptAsync(RouteRequest request) =>
        SteerAsync(request, () => _agents.Interrupt(request["appid"], request["agentId"]));

    public async Task ThinkAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (ThinkProblem(body, out string text, out string onSpeaking) is { } problem)
        {
            await BadRequestAsync(request.Context, problem).ConfigureAwait(false);
            return;
        }

        await SteerAsync(request, () => _agents.Think(request["appid"], request["agentId"], text, onSpeaking)).ConfigureAwait(false);
    }

    private Task SteerAsync(RouteRequest request, Func<Agent?> steer)
    {
        if (Running(request) is { } refused)
        {
            return refused;
        }

        return steer() is { } agent
            ? JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Steered(agent.Id, agent.Channel, agent.StartedAt.ToUnixTimeSeconds()))
            : NotFoundAsync(request.Context); // it left meanwhile
    }

    private static string? SpeakProblem(JsonDocument? body, out string text, out string priority)
    {
        text = string.Empty;
        priority = "INTERRUPT";
        if (body is null)
        {
            return "the request body must be a JSON object";
        }

        JsonElement root = body.RootElement;
        if (JsonBody.String(root, "text") is not { Length: > 0 } givenText)
        {
            return "text is required";
        }

        if (Encoding.UTF8.GetByteCount(givenText) > MaxSpeakBytes)
        {
            return $"text must be at most {MaxSpeakBytes} bytes";
        }

        if (Choice(root, "priority", SpeakPriorities, ref priority) is { } problem)
        {
            return problem;
        }

        if (root.TryGetProperty("interruptable", out JsonElement interruptable) && interruptable.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return "interruptable must be a boolean";
        }

        text = givenText;
        return null;
    }

    private static string? ThinkProblem(JsonDocument? body, out string text, out string onSpeaking)
    {
        text = string.Empty;
        onSpeaking = "ignore";
        if (body is null)
        {
            return "the request body must be a JSON object";
        }

        JsonElement root = body.RootElement;
        if (JsonBody.String(root, "text") is not { Length: > 0 } givenText)
        {
            return "text is required";
        }

        string onListening = "interrupt", onThinking = "interrupt";
        string? problem = Choice(root, "on_listening_action", ListeningActions, ref onListening)
            ?? Choice(root, "on_thinking_action", BusyActions, ref onThinking)
            ?? Choice(root, "on_speaking_action", BusyActions, ref onSpeaking);
        if (problem is not null)
        {
            return problem;
        }

        if (root.TryGetProperty("interruptable", out JsonElement interruptable) && interruptable.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return "interruptable must be a boolean";
        }

        if (root.TryGetProperty("metadata", out JsonElement metadata) && metadata.ValueKind != JsonValueKind.Object)
        {
            return "metadata must be an object";
        }

        text = givenText;
        return null;
    }

    // An optional string field that must be one of the documented values.
    private static string? Choice(JsonElement root, string name, string[] allowed, ref string value)
    {
        if (!root.TryGetProperty(name, out JsonElement given))
        {
            return null;
        }

        if (given.ValueKind != JsonValueKind.String || Array.IndexOf(allowed, given.GetString()) < 0)
        {
            return $"{name} must be one of {string.Join(", ", allowed)}";
        }

        value = given.GetString()!;
        return null;
    }

    private sealed record Steered(string AgentId, string Channel, long StartTs);
}
