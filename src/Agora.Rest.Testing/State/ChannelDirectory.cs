using System;
using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Testing.State;

/// <summary>A user's role in a channel, with Agora's codes for the user property query.</summary>
internal enum ChannelRole
{
    /// <summary>A user of a communication channel (mode 1).</summary>
    Communication = 1,

    /// <summary>A host (broadcaster) of a live-broadcast channel (mode 2).</summary>
    Host = 2,

    /// <summary>An audience member of a live-broadcast channel (mode 2).</summary>
    Audience = 3,
}

/// <summary>One user in a channel: role and when they joined (on the emulator's clock).</summary>
internal sealed record ChannelMember(long Uid, ChannelRole Role, DateTimeOffset JoinedAt);

/// <summary>
/// Who is in which channel of which app: what channel queries report and kicking rules act on. A channel is a
/// communication channel or a live-broadcast one, decided by its first user, as by the app's channel profile.
/// </summary>
internal sealed class ChannelDirectory
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<(string AppId, string Channel), SortedDictionary<long, ChannelMember>> _channels = new();

    public ChannelDirectory(TimeProvider time)
    {
        _time = time;
    }

    /// <exception cref="InvalidOperationException">The channel already holds users of the other profile.</exception>
    public void Join(string appId, string channel, long uid, ChannelRole role)
    {
        lock (_gate)
        {
            if (!_channels.TryGetValue((appId, channel), out SortedDictionary<long, ChannelMember>? members))
            {
                members = new SortedDictionary<long, ChannelMember>();
                _channels.Add((appId, channel), members);
            }

            if (members.Values.FirstOrDefault() is { } first && IsLive(first.Role) != IsLive(role))
            {
                throw new InvalidOperationException(
                    $"Channel '{channel}' is a {(IsLive(first.Role) ? "live-broadcast channel: add hosts and audience" : "communication channel: add users")}; one channel cannot mix the two profiles.");
            }

            members[uid] = new ChannelMember(uid, role, _time.GetUtcNow());
        }
    }

    /// <summary>Removes the user from one channel, or from every channel of the app when <paramref name="channel"/> is null.</summary>
    public void Remove(string appId, string? channel, long uid)
    {
        lock (_gate)
        {
            foreach (((string app, string name), SortedDictionary<long, ChannelMember> members) in _channels.ToList())
            {
                if (app == appId && (channel is null || channel == name) && members.Remove(uid) && members.Count == 0)
                {
                    _channels.Remove((app, name));
                }
            }
        }
    }

    /// <summary>The users in a channel, in uid order; empty when nobody is in it (the channel does not exist).</summary>
    public IReadOnlyList<ChannelMember> Members(string appId, string channel)
    {
        lock (_gate)
        {
            return _channels.TryGetValue((appId, channel), out SortedDictionary<long, ChannelMember>? members)
                ? members.Values.ToList()
                : new List<ChannelMember>();
        }
    }

    /// <summary>The user in the channel, or <see langword="null"/>.</summary>
    public ChannelMember? Member(string appId, string channel, long uid)
    {
        lock (_gate)
        {
            return _channels.TryGetValue((appId, channel), out SortedDictionary<long, ChannelMember>? members)
                && members.TryGetValue(uid, out ChannelMember? member)
                ? member
                : null;
        }
    }

    /// <summary>The app's channels with their user counts, by name.</summary>
    public IReadOnlyList<(string Channel, int UserCount)> Channels(string appId)
    {
        lock (_gate)
        {
            return _channels.Where(pair => pair.Key.AppId == appId)
                .Select(pair => (pair.Key.Channel, pair.Value.Count))
                .OrderBy(pair => pair.Channel, StringComparer.Ordinal)
                .ToList();
        }
    }

    public static bool IsLive(ChannelRole role) => role != ChannelRole.Communication;
}
