using System;
using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Signaling messages sent with <c>enable_historical_messaging</c> on, per conversation: a message channel (channel
/// messages, by channel name) or a user channel (peer messages between two users, either direction). Timestamps are
/// Unix milliseconds on the emulator's clock, unique within a conversation (a message in the same millisecond as the
/// previous one takes the next millisecond), so a page boundary never splits messages of one timestamp.
/// </summary>
internal sealed class SignalingHistory
{
    public const string MessageChannel = "message";
    public const string UserChannel = "user";

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<(string AppId, string Type, string Key), List<StoredMessage>> _conversations = new();

    public SignalingHistory(TimeProvider time)
    {
        _time = time;
    }

    public void AddChannelMessage(string appId, string channel, string publisher, string payload) =>
        Add((appId, MessageChannel, channel), publisher, payload);

    public void AddPeerMessage(string appId, string from, string to, string payload) =>
        Add((appId, UserChannel, PairKey(from, to)), from, payload);

    /// <summary>
    /// Newest first, at most <paramref name="count"/> messages with <paramref name="end"/> ≤ timestamp ≤
    /// <paramref name="start"/> (0 for either: no bound), and the timestamp of the next older message in the window
    /// (the next page's <c>start</c>), or 0 when there is none.
    /// </summary>
    public (IReadOnlyList<StoredMessage> Messages, long NewStart) Read(string appId, string type, string channel, string userId, long start, long end, int count)
    {
        string key = type == UserChannel ? PairKey(userId, channel) : channel;
        lock (_gate)
        {
            if (!_conversations.TryGetValue((appId, type, key), out List<StoredMessage>? messages))
            {
                return (Array.Empty<StoredMessage>(), 0);
            }

            List<StoredMessage> window = messages
                .Where(m => (start == 0 || m.Timestamp <= start) && (end == 0 || m.Timestamp >= end))
                .OrderByDescending(m => m.Timestamp)
                .ToList();
            return (window.Take(count).ToList(), window.Count > count ? window[count].Timestamp : 0);
        }
    }

    private void Add((string AppId, string Type, string Key) conversation, string publisher, string payload)
    {
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversation, out List<StoredMessage>? messages))
            {
                messages = new List<StoredMessage>();
                _conversations.Add(conversation, messages);
            }

            long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            long timestamp = messages.Count == 0 ? now : Math.Max(now, messages[^1].Timestamp + 1);
            messages.Add(new StoredMessage(publisher, payload, timestamp));
        }
    }

    // A user channel's history is the same whichever of the two users reads it.
    private static string PairKey(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? a + "\n" + b : b + "\n" + a;
}

internal sealed record StoredMessage(string Publisher, string Payload, long Timestamp);
