using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Signaling's user or channel events per app, as Agora keeps them: at most 2,000 stored (the oldest dropped
/// first), at most 1,000 returned per read, and each returned once only.
/// </summary>
internal sealed class SignalingEventQueue<TEvent>
{
    public const int Capacity = 2000;
    public const int PerRead = 1000;

    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<TEvent>> _events = new();

    public void Add(string appId, TEvent signalingEvent)
    {
        lock (_gate)
        {
            if (!_events.TryGetValue(appId, out Queue<TEvent>? queue))
            {
                queue = new Queue<TEvent>();
                _events.Add(appId, queue);
            }

            queue.Enqueue(signalingEvent);
            while (queue.Count > Capacity)
            {
                queue.Dequeue();
            }
        }
    }

    /// <summary>The oldest events not read yet, up to <see cref="PerRead"/>; they are gone afterwards.</summary>
    public IReadOnlyList<TEvent> Take(string appId)
    {
        lock (_gate)
        {
            if (!_events.TryGetValue(appId, out Queue<TEvent>? queue))
            {
                return new List<TEvent>();
            }

            int count = System.Math.Min(PerRead, queue.Count);
            return Enumerable.Range(0, count).Select(_ => queue.Dequeue()).ToList();
        }
    }
}

/// <summary>A user logging in or out of Signaling, at a Unix time in milliseconds.</summary>
internal sealed record UserEvent(string UserId, string Type, long Ms);

/// <summary>A user joining or leaving a Signaling channel (Agora calls the channel the group), at a Unix time in milliseconds.</summary>
internal sealed record ChannelEvent(string GroupId, string UserId, string Type, long Ms);
