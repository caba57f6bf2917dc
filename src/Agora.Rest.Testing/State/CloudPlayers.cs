using System;
using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Media Pull's cloud players, per App ID, on the emulator's clock. A name (when given) is unique in a project; a
/// destroyed player is remembered so that deleting it again still succeeds, as Agora documents, while updating it fails.
/// </summary>
internal sealed class CloudPlayers
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<string, CloudPlayer> _players = new(StringComparer.Ordinal);
    private readonly HashSet<string> _destroyed = new(StringComparer.Ordinal);
    private long _ordinal;

    public CloudPlayers(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Adds a player, or <see langword="null"/> when another player of the project has its name.</summary>
    public CloudPlayer? Create(string appId, string region, CloudPlayerSettings settings)
    {
        lock (_gate)
        {
            if (settings.Name.Length > 0 && _players.Values.Any(p => p.AppId == appId && p.Settings.Name == settings.Name))
            {
                return null;
            }

            // Agora assigns a UID when the request asks for 0; a random one, as a 32-bit unsigned value other than 0.
            if (settings.Uid == 0)
            {
                settings = settings with { Uid = Random.Shared.NextInt64(1, uint.MaxValue) };
            }

            var player = new CloudPlayer(Guid.NewGuid().ToString("N"), appId, region, ++_ordinal, _time.GetUtcNow().ToUnixTimeSeconds(), settings);
            _players[player.Id] = player;
            return player;
        }
    }

    /// <summary>The live player with this ID in this project and region, or <see langword="null"/>.</summary>
    public CloudPlayer? Find(string appId, string region, string id)
    {
        lock (_gate)
        {
            return _players.TryGetValue(id, out CloudPlayer? player) && player.AppId == appId && player.Region == region ? player : null;
        }
    }

    /// <summary>Applies an update whose sequence is above every earlier one of the player.</summary>
    public UpdateOutcome Update(CloudPlayer player, long sequence, Func<CloudPlayerSettings, CloudPlayerSettings> change)
    {
        lock (_gate)
        {
            if (!_players.ContainsKey(player.Id))
            {
                return UpdateOutcome.NotFound;
            }

            if (player.LastSequence is { } last && sequence <= last)
            {
                return UpdateOutcome.StaleSequence;
            }

            player.LastSequence = sequence;
            player.Settings = change(player.Settings);
            return UpdateOutcome.Updated;
        }
    }

    /// <summary>Destroys a player; <see langword="false"/> when the ID never named one of the project's players.</summary>
    public bool Delete(string appId, string region, string id)
    {
        lock (_gate)
        {
            if (Find(appId, region, id) is { } player)
            {
                _players.Remove(player.Id);
                _destroyed.Add(appId + "/" + id);
                return true;
            }

            return _destroyed.Contains(appId + "/" + id);
        }
    }

    /// <summary>The project's players (of one channel, when given) in creation order, from ordinal <paramref name="from"/> on.</summary>
    public (IReadOnlyList<CloudPlayer> Page, int Total, long Next) List(string appId, string? channel, long from, int pageSize)
    {
        lock (_gate)
        {
            List<CloudPlayer> all = _players.Values
                .Where(p => p.AppId == appId && (channel is null || p.Settings.ChannelName == channel))
                .OrderBy(p => p.Ordinal)
                .ToList();
            List<CloudPlayer> rest = all.Where(p => p.Ordinal >= from).ToList();
            List<CloudPlayer> page = rest.Take(pageSize).ToList();
            return (page, all.Count, rest.Count > pageSize ? rest[pageSize].Ordinal : 0);
        }
    }
}

internal enum UpdateOutcome
{
    Updated,
    NotFound,
    StaleSequence,
    Invalid,
}

/// <summary>What a player was created with, and what updates changed.</summary>
internal sealed record CloudPlayerSettings(
    string ChannelName, long? Uid, string? Account, string Name, string StreamUrl, int IdleTimeout, bool IsPaused);

/// <summary>One cloud player.</summary>
internal sealed class CloudPlayer(string id, string appId, string region, long ordinal, long createTs, CloudPlayerSettings settings)
{
    public string Id { get; } = id;

    public string AppId { get; } = appId;

    public string Region { get; } = region;

    /// <summary>Creation order, the page token of a list that starts at this player.</summary>
    public long Ordinal { get; } = ordinal;

    public long CreateTs { get; } = createTs;

    public CloudPlayerSettings Settings { get; set; } = settings;

    public long? LastSequence { get; set; }
}
