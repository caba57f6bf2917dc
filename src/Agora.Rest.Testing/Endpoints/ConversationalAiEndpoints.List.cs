using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// <c>GET …/agents</c>: the app's agents created between <c>from_time</c> (default two hours ago) and <c>to_time</c>
/// (default now), Unix seconds on the emulator's clock, in the states of <c>state</c> (comma-separated codes, default
/// <c>2</c> RUNNING), optionally of one <c>channel</c>, in creation order, <c>limit</c> (default 20) at a time from the
/// agent <c>cursor</c> names; <c>meta.cursor</c> is the first agent of the next page, empty on the last.
/// </summary>
internal sealed partial class ConversationalAiEndpoints
{
    private const int DefaultListLimit = 20;

    // The documented numeric codes of the states (5 is unused).
    private static readonly Dictionary<int, string> StateCodes = new()
    {
        [0] = "IDLE", [1] = "STARTING", [2] = "RUNNING", [3] = "STOPPING", [4] = "STOPPED", [6] = "FAILED",
    };

    public Task ListAsync(RouteRequest request)
    {
        IQueryCollection query = request.Context.Request.Query;
        long now = _agents.Now.ToUnixTimeSeconds();
        if (ListProblem(query, now, out ListFilter filter) is { } problem)
        {
            return BadRequestAsync(request.Context, problem);
        }

        string? tokenChannel = ConvoAiGrant.Of(request.Context)?.Channel;
        List<Agent> matches = _agents.All(request["appid"])
            .Where(a => filter.States.Contains(StatusOf(a)))
            .Where(a => filter.Channel is null || a.Channel == filter.Channel)
            .Where(a => tokenChannel is null || a.Channel == tokenChannel)
            .Where(a => a.StartedAt.ToUnixTimeSeconds() >= filter.From && a.StartedAt.ToUnixTimeSeconds() <= filter.To)
            .ToList();

        int start = 0;
        if (filter.Cursor is { Length: > 0 } cursor)
        {
            start = matches.FindIndex(a => a.Id == cursor);
            if (start < 0)
            {
                return BadRequestAsync(request.Context, "cursor does not name an agent of this list");
            }
        }

        List<AgentListed> page = matches.Skip(start).Take(filter.Limit)
            .Select(a => new AgentListed(a.StartedAt.ToUnixTimeSeconds(), StatusOf(a), a.Id)).ToList();
        string next = start + page.Count < matches.Count ? matches[start + page.Count].Id : string.Empty;
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK,
            new AgentList(new AgentListData(page.Count, page), new AgentListMeta(next, matches.Count), "ok"));
    }

    private static string? ListProblem(IQueryCollection query, long now, out ListFilter filter)
    {
        filter = new ListFilter(new HashSet<string> { "RUNNING" }, null, now - 7200, now, DefaultListLimit, null);

        // ASP.NET has decoded the query: the client's "state=0%2C2" reads as "0,2".
        string? states = query["state"].FirstOrDefault();
        if (states is not null)
        {
            var kept = new HashSet<string>(StringComparer.Ordinal);
            foreach (string code in states.Split(','))
            {
                if (!int.TryParse(code.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int number) || !StateCodes.TryGetValue(number, out string? state))
                {
                    return "state must be comma-separated state codes among 0, 1, 2, 3, 4 and 6";
                }

                kept.Add(state);
            }

            filter = filter with { States = kept };
        }

        if (Seconds(query, "from_time", filter.From, out long from) is { } fromProblem)
        {
            return fromProblem;
        }

        if (Seconds(query, "to_time", filter.To, out long to) is { } toProblem)
        {
            return toProblem;
        }

        if (from > to)
        {
            return "from_time must not be after to_time";
        }

        int limit = DefaultListLimit;
        if (query["limit"].FirstOrDefault() is { } givenLimit
            && (!int.TryParse(givenLimit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return "limit must be a positive integer";
        }

        filter = filter with
        {
            Channel = query["channel"].FirstOrDefault() is { Length: > 0 } channel ? channel : null,
            From = from,
            To = to,
            Limit = limit,
            Cursor = query["cursor"].FirstOrDefault(),
        };
        return null;
    }

    // A documented "number" of Unix seconds; a fraction is allowed and cut off.
    private static string? Seconds(IQueryCollection query, string name, long fallback, out long seconds)
    {
        seconds = fallback;
        if (query[name].FirstOrDefault() is not { } given)
        {
            return null;
        }

        if (!double.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value < 0 || double.IsInfinity(value))
        {
            return $"{name} must be a Unix time in seconds";
        }

        seconds = (long)Math.Floor(value);
        return null;
    }

    private sealed record ListFilter(HashSet<string> States, string? Channel, long From, long To, int Limit, string? Cursor);

    private sealed record AgentList(AgentListData Data, AgentListMeta Meta, string Status);

    private sealed record AgentListData(int Count, IReadOnlyList<AgentListed> List);

    private sealed record AgentListed(long StartTs, string Status, string AgentId);

    private sealed record AgentListMeta(string Cursor, int Total);
}
