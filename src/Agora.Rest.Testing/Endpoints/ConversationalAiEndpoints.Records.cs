using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// What an agent said and did. <c>history</c>: only while the agent runs (404 after leave, as Agora documents), the
/// texts given to speak (<c>assistant</c>) and think (<c>user</c>) in order; no speech timings (those come only with a
/// custom LLM). <c>turns</c>: running or stopped agents started in the last 7 days (404 otherwise), one turn per spoken
/// text (<c>api_speak</c> over <c>http</c>), ended <c>ok</c> or <c>interrupted</c> (by <c>api_speak</c>,
/// <c>api_interrupt</c>, <c>api_leave</c>), the one being spoken without an end; Unix milliseconds; paged by
/// <c>page_index</c> (from 1) and <c>page_size</c> (default 50).
/// </summary>
internal sealed partial class ConversationalAiEndpoints
{
    private const int DefaultTurnsPageSize = 50;

    private static readonly TimeSpan TurnsKeptFor = TimeSpan.FromDays(7);

    public Task HistoryAsync(RouteRequest request)
    {
        if (Running(request, out Agent? agent) is { } refused)
        {
            return refused;
        }

        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new History(
            agent!.Id, agent.StartedAt.ToUnixTimeSeconds(), StatusOf(agent), agent.History.Select(m => new HistoryMessage(m.Role, m.Content)).ToList()));
    }

    public Task TurnsAsync(RouteRequest request)
    {
        IQueryCollection query = request.Context.Request.Query;
        if (Positive(query, "page_index", 1, out int pageIndex) is { } indexProblem)
        {
            return BadRequestAsync(request.Context, indexProblem);
        }

        if (Positive(query, "page_size", DefaultTurnsPageSize, out int pageSize) is { } sizeProblem)
        {
            return BadRequestAsync(request.Context, sizeProblem);
        }

        if (Known(request, out Agent? agent) is { } refused)
        {
            return refused;
        }

        if (agent!.StartedAt < _agents.Now - TurnsKeptFor)
        {
            return NotFoundAsync(request.Context); // only sessions of the last 7 days can be queried
        }

        int totalPages = Math.Max(1, (agent.Turns.Count + pageSize - 1) / pageSize);
        List<Turn> turns = agent.Turns.Skip((int)Math.Min(int.MaxValue, (long)(pageIndex - 1) * pageSize)).Take(pageSize)
            .Select(t => new Turn(agent.Id, agent.Channel, t.Id, new TurnStart(t.StartAt.ToUnixTimeMilliseconds(), "api_speak", new TurnStartMetadata("http")), End(t)))
            .ToList();
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new TurnsPage(
            agent.Id, agent.Name, agent.Channel, agent.Turns.Count, new TurnsPagination(pageIndex, totalPages, pageIndex >= totalPages), turns));
    }

    private static TurnEnd? End(AgentTurn turn)
    {
        if (turn.EndAt is not { } end)
        {
            return null;
        }

        bool ok = turn.EndType == "ok";
        string? transport = turn.CausedBy is "api_speak" or "api_interrupt" ? "http" : null;
        var metadata = new TurnEndMetadata(ok ? (long)(end - turn.StartAt).TotalMilliseconds : null, turn.CausedBy, transport);
        return new TurnEnd(end.ToUnixTimeMilliseconds(), turn.EndType!, metadata);
    }

    private static string? Positive(IQueryCollection query, string name, int fallback, out int value)
    {
        value = fallback;
        if (query[name].FirstOrDefault() is not { } given)
        {
            return null;
        }

        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1
            ? null
            : $"{name} must be a positive integer";
    }

    private sealed record History(string AgentId, long StartTs, string Status, IReadOnlyList<HistoryMessage> Contents);

    private sealed record HistoryMessage(string Role, string Content);

    private sealed record TurnsPage(string AgentId, string Name, string Channel, int TotalTurnCount, TurnsPagination Pagination, IReadOnlyList<Turn> Turns);

    private sealed record TurnsPagination(int PageIndex, int TotalPages, bool IsLastPage);

    private sealed record Turn(
        string AgentId,
        string Channel,
        long TurnId,
        TurnStart Start,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TurnEnd? End);

    private sealed record TurnStart(long StartAt, string Type, TurnStartMetadata Metadata);

    private sealed record TurnStartMetadata(string Transport);

    private sealed record TurnEnd(long EndAt, string Type, TurnEndMetadata Metadata);

    private sealed record TurnEndMetadata(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? PlaybackDurationMs,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CausedBy,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Transport);
}
