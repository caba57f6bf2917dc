using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Signaling REST: user and channel events (<c>GET …/rtm/vendor/user_events</c>, <c>…/channel_events</c>, each
/// event read once), peer messages
/// (<c>POST …/rtm/users/{user_id}/peer_messages</c>) and channel messages (<c>POST …/rtm/users/{user_id}/channel_messages</c>).
/// A peer message with <c>wait_for_ack=true</c> answers <c>message_delivered</c> when the peer is logged in (per the
/// user events added) and <c>message_offline</c> otherwise; without it, <c>message_sent</c>. Payloads are limited to
/// 32 KB of UTF-8. A message sent with <c>enable_historical_messaging=true</c> is also kept in
/// <see cref="SignalingHistory"/>, which the history endpoint reads.
/// </summary>
internal sealed class SignalingEndpoints
{
    private const int MaxPayloadBytes = 32 * 1024;

    private readonly SignalingEventQueue<UserEvent> _userEvents;
    private readonly SignalingEventQueue<ChannelEvent> _channelEvents;
    private readonly SignalingPresence _presence;
    private readonly ConcurrentQueue<SignalingMessage> _messages;
    private readonly SignalingHistory _history;

    public SignalingEndpoints(
        SignalingEventQueue<UserEvent> userEvents,
        SignalingEventQueue<ChannelEvent> channelEvents,
        SignalingPresence presence,
        ConcurrentQueue<SignalingMessage> messages,
        SignalingHistory history)
    {
        _history = history;
        _userEvents = userEvents;
        _channelEvents = channelEvents;
        _presence = presence;
        _messages = messages;
    }

    public Task UserEventsAsync(RouteRequest request)
    {
        IReadOnlyList<UserEvent> events = _userEvents.Take(request["appid"]);
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new EventsAnswer<UserEvent>("success", NewRequestId(), events));
    }

    public Task ChannelEventsAsync(RouteRequest request)
    {
        IReadOnlyList<ChannelEvent> events = _channelEvents.Take(request["appid"]);
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new EventsAnswer<ChannelEvent>("success", NewRequestId(), events));
    }

    public async Task PeerMessageAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        string? destination = body is null ? null : JsonBody.String(body.RootElement, "destination");
        if (destination is not { Length: > 0 } || Payload(body) is not { } payload)
        {
            await FailedAsync(request.Context, "give destination (a user id) and payload (a string of at most 32 KB)").ConfigureAwait(false);
            return;
        }

        string appId = request["appid"];
        _messages.Enqueue(new SignalingMessage(appId, request["user_id"], destination, null, payload));
        if (KeepsHistory(body))
        {
            _history.AddPeerMessage(appId, request["user_id"], destination, payload);
        }

        bool waitForAck = string.Equals(request.Context.Request.Query["wait_for_ack"], "true", StringComparison.OrdinalIgnoreCase);
        string code = !waitForAck ? "message_sent" : _presence.IsOnline(appId, destination) ? "message_delivered" : "message_offline";
        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new MessageAnswer("success", NewRequestId(), code)).ConfigureAwait(false);
    }

    public async Task ChannelMessageAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        string? channel = body is null ? null : JsonBody.String(body.RootElement, "channel_name");
        if (channel is not { Length: > 0 } || Payload(body) is not { } payload)
        {
            await FailedAsync(request.Context, "give channel_name and payload (a string of at most 32 KB)").ConfigureAwait(false);
            return;
        }

        _messages.Enqueue(new SignalingMessage(request["appid"], request["user_id"], null, channel, payload));
        if (KeepsHistory(body))
        {
            _history.AddChannelMessage(request["appid"], channel, request["user_id"], payload);
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new MessageAnswer("success", NewRequestId(), "message_sent")).ConfigureAwait(false);
    }

    private static string? Payload(JsonDocument? body) =>
        body is not null && JsonBody.String(body.RootElement, "payload") is { Length: > 0 } payload && Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes
            ? payload
            : null;

    private static bool KeepsHistory(JsonDocument? body) =>
        body is not null && body.RootElement.TryGetProperty("enable_historical_messaging", out JsonElement flag) && flag.ValueKind == JsonValueKind.True;

    private static Task FailedAsync(HttpContext context, string reason) =>
        JsonAnswer.WriteAsync(context, StatusCodes.Status400BadRequest, new FailedAnswer("failed", NewRequestId(), reason));

    private static string NewRequestId() => Guid.NewGuid().ToString("N");

    internal sealed record EventsAnswer<TEvent>(string Result, string RequestId, IReadOnlyList<TEvent> Events);

    internal sealed record MessageAnswer(string Result, string RequestId, string Code);

    internal sealed record FailedAnswer(string Result, string RequestId, string Reason);
}
