using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Signaling's user events per app, as Agora keeps them: at most 2,000 stored (the oldest dropped first), at
/// most 1,000 returned per read, and each returned once only.
/// </summary>
internal sealed class UserEventQueue
{
    public const int Capacity = 2000;
    public const int PerRead = 1000;

    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<UserEvent>> _events = new();

    public void Add(string appId, UserEvent userEvent)
    {
        lock (_gate)
        {
            if (!_events.TryGetValue(appId, out Queue<UserEvent>? queue))
            {
                queue = new Queue<UserEvent>();
                _events.Add(appId, queue);
            }

            queue.Enqueue(userEvent);
            while (queue.Count > Capacity)
            {
                queue.Dequeue();
            }
        }
    }

    /// <summary>The oldest events not read yet, up to <see cref="PerRead"/>; they are gone afterwards.</summary>
    public IReadOnlyList<UserEvent> Take(string appId)
    {
        lock (_gate)
        {
            if (!_events.TryGetValue(appId, out Queue<UserEvent>? queue))
            {
                return new List<UserEvent>();
            }

            int count = System.Math.Min(PerRead, queue.Count);
            return Enumerable.Range(0, count).Select(_ => queue.Dequeue()).ToList();
        }
    }
}

/// <summary>A user logging in or out of Signaling, at a Unix time in milliseconds.</summary>
internal sealed record UserEvent(string UserId, string Type, long Ms);
