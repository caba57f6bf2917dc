using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Real-time Speech-to-Text v7 (<c>/api/speech-to-text/v1/projects/{appid}/…</c>): join starts a RUNNING task, query
/// reads it, update changes a running one, leave stops it (STOPPED, still queryable and listed), list pages through the
/// app's tasks. Agora documents no status codes for its errors, only their shapes: <c>{detail, reason}</c> for join,
/// update, leave and list, and <c>{message, agent_id, create_ts, status: "FAILED"}</c> for query. The emulator answers
/// 400 for a request against the documented rules, 404 for an unknown (or, for leave and update, stopped) task and
/// 409 for a reused name; the reason words are the emulator's.
/// </summary>
internal sealed class SpeechToTextEndpoints
{
    private const int DefaultLimit = 20;

    // The list's state codes, in Agora's order: "0" is IDLE … "6" is FAILED.
    private static readonly string[] States = ["IDLE", "STARTING", "RUNNING", "STOPPING", "STOPPED", "RECOVERING", "FAILED"];

    private readonly SttTasks _tasks;
    private readonly TimeProvider _time;

    public SpeechToTextEndpoints(SttTasks tasks, TimeProvider time)
    {
        _tasks = tasks;
        _time = time;
    }

    public async Task JoinAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (SttRequestRules.Join(body, out SttTaskSettings settings) is { } problem)
        {
            await InvalidAsync(request.Context, problem).ConfigureAwait(false);
            return;
        }

        (SttTask? task, string? conflict) = _tasks.Join(request["appid"], settings);
        if (task is null)
        {
            await ErrorAsync(request.Context, StatusCodes.Status409Conflict, conflict!, "TaskConflict").ConfigureAwait(false);
            return;
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, AgentAnswer.Of(task)).ConfigureAwait(false);
    }

    public Task QueryAsync(RouteRequest request)
    {
        string agentId = request["agentId"];
        return _tasks.Find(request["appid"], agentId) is { } task
            ? JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new QueryAnswer(string.Empty, task.Id, task.CreatedAt.ToUnixTimeSeconds(), task.Status))
            : JsonAnswer.WriteAsync(request.Context, StatusCodes.Status404NotFound, new QueryError("task not found", agentId, null, "FAILED"));
    }

    public Task LeaveAsync(RouteRequest request) =>
        _tasks.Leave(request["appid"], request["agentId"]) is null
            ? NotFoundAsync(request.Context)
            : JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Empty());

    public async Task UpdateAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        IQueryCollection query = request.Context.Request.Query;
        if (SttRequestRules.Update(body, query["sequenceId"], query["updateMask"], out long sequence, out IReadOnlyList<string>? languages) is { } problem)
        {
            await InvalidAsync(request.Context, problem).ConfigureAwait(false);
            return;
        }

        (SttTask? task, string? stale) = _tasks.Update(request["appid"], request["agentId"], sequence, languages);
        if (task is null)
        {
            await NotFoundAsync(request.Context).ConfigureAwait(false);
        }
        else if (stale is not null)
        {
            await InvalidAsync(request.Context, stale).ConfigureAwait(false);
        }
        else
        {
            await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, AgentAnswer.Of(task)).ConfigureAwait(false);
        }
    }

    public Task ListAsync(RouteRequest request)
    {
        IQueryCollection query = request.Context.Request.Query;
        long now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (!TryLong(query["from_time"], now - 86_400, out long from) || !TryLong(query["to_time"], now, out long to))
        {
            return InvalidAsync(request.Context, "from_time and to_time must be Unix seconds");
        }

        string state = query["state"].Count == 0 ? "2" : query["state"].ToString();
        if (!int.TryParse(state, NumberStyles.None, CultureInfo.InvariantCulture, out int code) || code >= States.Length)
        {
            return InvalidAsync(request.Context, "state must be one of \"0\" (IDLE) to \"6\" (FAILED)");
        }

        if (!TryLong(query["limit"], DefaultLimit, out long limit) || limit <= 0)
        {
            return InvalidAsync(request.Context, "limit must be a positive integer");
        }

        string? channel = query["channel"].Count == 0 ? null : query["channel"].ToString();
        List<SttTask> matching = _tasks.List(request["appid"], from, to)
            .Where(t => t.Status == States[code] && (channel is null || t.Channel == channel))
            .ToList();

        int first = 0;
        if (query["cursor"].ToString() is { Length: > 0 } cursor)
        {
            int index = matching.FindIndex(t => t.Id == cursor);
            if (index < 0)
            {
                return InvalidAsync(request.Context, "cursor is not the agent_id of an agent of this list");
            }

            first = index + 1;
        }

        List<SttTask> page = matching.Skip(first).Take((int)Math.Min(limit, int.MaxValue)).ToList();
        string next = first + page.Count < matching.Count ? page[^1].Id : string.Empty;
        var answer = new ListAnswer(
            new ListData(page.Count, page.Select(t => new ListItem(t.CreatedAt.ToUnixTimeSeconds(), t.Status, t.Id)).ToList()),
            new ListMeta(next, matching.Count),
            "ok");
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, answer);
    }

    private static bool TryLong(Microsoft.Extensions.Primitives.StringValues value, long fallback, out long result)
    {
        result = fallback;
        return value.Count == 0 || long.TryParse(value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    private static Task NotFoundAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, "task not found or already stopped", "TaskNotFound");

    private static Task InvalidAsync(HttpContext context, string detail) =>
        ErrorAsync(context, StatusCodes.Status400BadRequest, detail, "InvalidRequest");

    private static Task ErrorAsync(HttpContext context, int status, string detail, string reason) =>
        JsonAnswer.WriteAsync(context, status, new Error(detail, reason));

    private sealed record Error(string Detail, string Reason);

    private sealed record AgentAnswer(string AgentId, long CreateTs, string Status)
    {
        public static AgentAnswer Of(SttTask task) => new(task.Id, task.CreatedAt.ToUnixTimeSeconds(), task.Status);
    }

    private sealed record QueryAnswer(string Message, string AgentId, long CreateTs, string Status);

    private sealed record QueryError(string Message, string AgentId, long? CreateTs, string Status);

    private sealed record ListAnswer(ListData Data, ListMeta Meta, string Status);

    private sealed record ListData(int Count, IReadOnlyList<ListItem> List);

    private sealed record ListItem(long StartTs, string Status, string AgentId);

    private sealed record ListMeta(string Cursor, int Total);

    private sealed record Empty;
}
