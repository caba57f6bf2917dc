using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Signaling message history (<c>GET /rtm/v2/history/{appId}/userId/{userId}/channelType/{channelType}/channel/{channelName}</c>
/// on api.sd-rtn.com): the messages of a message channel, or of the user channel between the path's user and
/// <c>channelName</c>, that were sent with historical messaging on. Newest first, from <c>start</c> back to
/// <c>end</c> (Unix milliseconds; 0 is no bound), at most <c>messageCount</c> (1 to 100, default 100); <c>newStart</c>
/// is the next page's <c>start</c>, 0 when there is no more. As Agora's envelope documents, a rejected query is still
/// HTTP 200, with <c>error: true</c>, <c>errorCode</c> 400 and a <c>reason</c> (the emulator's words). The gateway has
/// checked the token: it must be a Signaling token of the path's user (401 otherwise).
/// </summary>
internal sealed class SignalingHistoryEndpoints
{
    private const int MaxNameLength = 64;
    private const int DefaultCount = 100;

    private readonly SignalingHistory _history;
    private readonly TimeProvider _time;

    public SignalingHistoryEndpoints(SignalingHistory history, TimeProvider time)
    {
        _history = history;
        _time = time;
    }

    public Task HistoryAsync(RouteRequest request)
    {
        IQueryCollection query = request.Context.Request.Query;
        string type = request["channelType"];
        string channel = request["channelName"];
        if (type is not (SignalingHistory.MessageChannel or SignalingHistory.UserChannel))
        {
            return FailedAsync(request.Context, "channelType must be message or user");
        }

        if (channel.Length is 0 or > MaxNameLength || request["user_id"].Length is 0 or > MaxNameLength)
        {
            return FailedAsync(request.Context, "userId and channelName must be 1 to 64 characters");
        }

        if (!TryLong(query["start"], 0, out long start) || !TryLong(query["end"], 0, out long end) || start < 0 || end < 0)
        {
            return FailedAsync(request.Context, "start and end must be timestamps of 0 or more");
        }

        if (!TryLong(query["messageCount"], DefaultCount, out long count) || count is < 1 or > 100)
        {
            return FailedAsync(request.Context, "messageCount must be 1 to 100");
        }

        (IReadOnlyList<StoredMessage> messages, long newStart) = _history.Read(request["appid"], type, channel, request["user_id"], start, end, (int)count);
        var data = new HistoryData(
            messages.Select(m => new HistoryItem("STRING", m.Payload, string.Empty, m.Publisher, m.Timestamp)).ToList(),
            messages.Count,
            newStart);
        return AnswerAsync(request.Context, 200, error: false, string.Empty, data);
    }

    private static bool TryLong(StringValues value, long fallback, out long result)
    {
        result = fallback;
        return value.Count == 0 || long.TryParse(value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    private Task FailedAsync(HttpContext context, string reason) =>
        AnswerAsync(context, StatusCodes.Status400BadRequest, error: true, reason, data: null);

    private Task AnswerAsync(HttpContext context, int errorCode, bool error, string reason, HistoryData? data) =>
        JsonAnswer.WriteCamelCaseAsync(context, StatusCodes.Status200OK, new HistoryAnswer(
            errorCode, error, Guid.NewGuid().ToString("N"), "getMessage", reason, _time.GetUtcNow().ToUnixTimeMilliseconds(), data));

    private sealed record HistoryAnswer(int ErrorCode, bool Error, string RequestId, string Operation, string Reason, long Timestamp, HistoryData? Data);

    private sealed record HistoryData(IReadOnlyList<HistoryItem> MessageList, int Count, long NewStart);

    private sealed record HistoryItem(string MessageType, string Message, string CustomType, string Publisher, long Timestamp);
}
