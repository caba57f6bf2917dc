using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Testing.State;

/// <summary>Who is in which channel of which app: what channel queries report and kicking rules act on.</summary>
internal sealed class ChannelDirectory
{
    private readonly object _gate = new();
    private readonly Dictionary<(string AppId, string Channel), SortedSet<long>> _users = new();

    public void Join(string appId, string channel, long uid)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue((appId, channel), out SortedSet<long>? users))
            {
                users = new SortedSet<long>();
                _users.Add((appId, channel), users);
            }

            users.Add(uid);
        }
    }

    /// <summary>Removes the user from one channel, or from every channel of the app when <paramref name="channel"/> is null.</summary>
    public void Remove(string appId, string? channel, long uid)
    {
        lock (_gate)
        {
            foreach (((string app, string name), SortedSet<long> users) in _users.ToList())
            {
                if (app == appId && (channel is null || channel == name) && users.Remove(uid) && users.Count == 0)
                {
                    _users.Remove((app, name));
                }
            }
        }
    }

    /// <summary>The users in a channel, in uid order; empty when nobody is in it (the channel does not exist).</summary>
    public IReadOnlyList<long> Users(string appId, string channel)
    {
        lock (_gate)
        {
            return _users.TryGetValue((appId, channel), out SortedSet<long>? users) ? users.ToList() : new List<long>();
        }
    }

    /// <summary>The app's channels with their user counts, by name.</summary>
    public IReadOnlyList<(string Channel, int UserCount)> Channels(string appId)
    {
        lock (_gate)
        {
            return _users.Where(pair => pair.Key.AppId == appId)
                .Select(pair => (pair.Key.Channel, pair.Value.Count))
                .OrderBy(pair => pair.Channel, System.StringComparer.Ordinal)
                .ToList();
        }
    }
}
