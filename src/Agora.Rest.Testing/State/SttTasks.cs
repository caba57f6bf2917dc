using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Real-time Speech-to-Text tasks (agents) per app: RUNNING from join until leave (STOPPED), or until the channel has
/// been idle for the task's <c>maxIdleTime</c> (STOPPED too). Stopped tasks stay queryable and listable; a name is
/// never reused, as Agora documents ("cannot be reused").
/// </summary>
internal sealed class SttTasks
{
    // Agora's ids look like "1NT29X11GQSxxxxx80BEIN56XF": 26 upper-case letters and digits.
    private const string IdAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly TimeProvider _time;
    private readonly Func<string, string, bool> _channelOccupied;
    private readonly object _gate = new();
    private readonly Dictionary<string, SttTask> _tasks = new(StringComparer.Ordinal);
    private long _order;

    /// <param name="time">The emulator's clock.</param>
    /// <param name="channelOccupied">Whether a channel (app, name) is not idle: a host in a live broadcast, anyone in a communication channel.</param>
    public SttTasks(TimeProvider time, Func<string, string, bool> channelOccupied)
    {
        _time = time;
        _channelOccupied = channelOccupied;
    }

    /// <summary>Starts a task; the conflict text when the name was used before or the bot uid runs in the channel.</summary>
    public (SttTask? Task, string? Conflict) Join(string appId, SttTaskSettings settings)
    {
        lock (_gate)
        {
            RefreshLocked();
            if (_tasks.Values.Any(t => t.AppId == appId && t.Name == settings.Name))
            {
                return (null, $"an agent named '{settings.Name}' was already started; a name cannot be reused");
            }

            if (_tasks.Values.Any(t => t.AppId == appId && t.Channel == settings.Channel && t.PubBotUid == settings.PubBotUid && t.IsActive))
            {
                return (null, $"pubBotUid '{settings.PubBotUid}' is already used by a running agent in channel '{settings.Channel}'");
            }

            DateTimeOffset now = _time.GetUtcNow();
            var task = new SttTask(NewId(), appId, settings.Name, settings.Channel, settings.PubBotUid, settings.MaxIdleTime, now, ++_order)
            {
                Languages = settings.Languages,
                LastActiveAt = now,
            };
            _tasks.Add(task.Id, task);
            return (task.Copy(), null);
        }
    }

    /// <summary>The task as it is now (a copy), or <see langword="null"/>.</summary>
    public SttTask? Find(string appId, string agentId)
    {
        lock (_gate)
        {
            RefreshLocked();
            return FindLocked(appId, agentId)?.Copy();
        }
    }

    /// <summary>Stops a running task; <see langword="null"/> when there is none with that id or it has stopped.</summary>
    public SttTask? Leave(string appId, string agentId)
    {
        lock (_gate)
        {
            RefreshLocked();
            if (FindLocked(appId, agentId) is not { IsActive: true } task)
            {
                return null;
            }

            task.Status = "STOPPED";
            task.StoppedAt = _time.GetUtcNow();
            return task.Copy();
        }
    }

    /// <summary>
    /// Applies an update to a running task: <see langword="null"/> task when there is none running with that id; the
    /// problem text when <paramref name="sequenceId"/> is not larger than the last one applied.
    /// </summary>
    public (SttTask? Task, string? Problem) Update(string appId, string agentId, long sequenceId, IReadOnlyList<string>? languages)
    {
        lock (_gate)
        {
            RefreshLocked();
            if (FindLocked(appId, agentId) is not { IsActive: true } task)
            {
                return (null, null);
            }

            if (task.LastSequenceId is { } last && sequenceId <= last)
            {
                return (task.Copy(), $"sequenceId must be larger than the last applied one ({last})");
            }

            task.LastSequenceId = sequenceId;
            if (languages is not null)
            {
                task.Languages = languages;
            }

            return (task.Copy(), null);
        }
    }

    /// <summary>The app's tasks created in [from, to] (Unix seconds), in creation order, as copies.</summary>
    public IReadOnlyList<SttTask> List(string appId, long fromTime, long toTime)
    {
        lock (_gate)
        {
            RefreshLocked();
            return _tasks.Values
                .Where(t => t.AppId == appId && t.CreatedAt.ToUnixTimeSeconds() >= fromTime && t.CreatedAt.ToUnixTimeSeconds() <= toTime)
                .OrderBy(t => t.Order)
                .Select(t => t.Copy())
                .ToList();
        }
    }

    // Idle stop, evaluated whenever state is read: a channel seen occupied resets the idle clock; a channel idle for
    // maxIdleTime seconds since it was last seen occupied (or since the task started) stops the task at that moment.
    // maxIdleTime 0 turns the idle stop off, as one of Agora's reference versions documents.
    private void RefreshLocked()
    {
        DateTimeOffset now = _time.GetUtcNow();
        foreach (SttTask task in _tasks.Values.Where(t => t.IsActive))
        {
            if (_channelOccupied(task.AppId, task.Channel))
            {
                task.LastActiveAt = now;
            }
            else if (task.MaxIdleTime > 0 && now >= task.LastActiveAt.AddSeconds(task.MaxIdleTime))
            {
                task.Status = "STOPPED";
                task.StoppedAt = task.LastActiveAt.AddSeconds(task.MaxIdleTime);
            }
        }
    }

    private SttTask? FindLocked(string appId, string agentId) =>
        _tasks.TryGetValue(agentId, out SttTask? task) && task.AppId == appId ? task : null;

    private static string NewId() => RandomNumberGenerator.GetString(IdAlphabet, 26);
}

/// <summary>What join validated and the task keeps.</summary>
internal sealed record SttTaskSettings(string Name, string Channel, string PubBotUid, int MaxIdleTime, IReadOnlyList<string> Languages);

internal sealed class SttTask(string id, string appId, string name, string channel, string pubBotUid, int maxIdleTime, DateTimeOffset createdAt, long order)
{
    public string Id { get; } = id;

    public string AppId { get; } = appId;

    public string Name { get; } = name;

    public string Channel { get; } = channel;

    public string PubBotUid { get; } = pubBotUid;

    public int MaxIdleTime { get; } = maxIdleTime;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public long Order { get; } = order;

    /// <summary>Agora's state name: RUNNING, then STOPPED.</summary>
    public string Status { get; set; } = "RUNNING";

    public DateTimeOffset? StoppedAt { get; set; }

    public DateTimeOffset LastActiveAt { get; set; }

    public long? LastSequenceId { get; set; }

    public IReadOnlyList<string> Languages { get; set; } = Array.Empty<string>();

    public bool IsActive => Status is "RUNNING" or "STARTING" or "IDLE";

    public SttTask Copy() => new(Id, AppId, Name, Channel, PubBotUid, MaxIdleTime, CreatedAt, Order)
    {
        Status = Status,
        StoppedAt = StoppedAt,
        LastActiveAt = LastActiveAt,
        LastSequenceId = LastSequenceId,
        Languages = Languages,
    };
}
