using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Cloud Recording's resources and sessions. A resource id from acquire can start one recording, within five
/// minutes; the session it starts (its sid) answers query, update and stop until it is stopped.
/// </summary>
internal sealed class RecordingSessions
{
    /// <summary>How long a resource id from acquire may wait for start.</summary>
    public static readonly TimeSpan ResourceLifetime = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<string, RecordingResource> _resources = new(StringComparer.Ordinal);

    public RecordingSessions(TimeProvider time)
    {
        _time = time;
    }

    public RecordingResource Acquire(string appId, string channel, string uid)
    {
        DateTimeOffset now = _time.GetUtcNow();
        var resource = new RecordingResource(RandomId(64), appId, channel, uid, now + ResourceLifetime);
        lock (_gate)
        {
            // Resource ids never started lapse: forget them, so a long test run does not grow without end.
            foreach (RecordingResource unused in _resources.Values.Where(r => r.Sid is null && now >= r.StartBy).ToList())
            {
                _resources.Remove(unused.Id);
            }

            _resources[resource.Id] = resource;
        }

        return resource;
    }

    /// <summary>Starts a recording on the resource, or says which rule the request broke.</summary>
    public StartOutcome Start(string appId, string resourceId, string mode, string channel, string uid, out RecordingResource? started)
    {
        lock (_gate)
        {
            started = null;
            if (!_resources.TryGetValue(resourceId, out RecordingResource? resource) || resource.AppId != appId)
            {
                return StartOutcome.UnknownResource;
            }

            if (resource.Sid is not null)
            {
                return StartOutcome.AlreadyRunning;
            }

            if (_time.GetUtcNow() >= resource.StartBy)
            {
                _resources.Remove(resourceId);
                return StartOutcome.UnknownResource;
            }

            if (resource.Channel != channel || resource.Uid != uid)
            {
                return StartOutcome.NotTheAcquiredChannelOrUid;
            }

            resource.Sid = RandomId(16);
            resource.Mode = mode;
            started = resource;
            return StartOutcome.Started;
        }
    }

    /// <summary>The running recording with this resource id, sid and mode, or <see langword="null"/>.</summary>
    public RecordingResource? Running(string appId, string resourceId, string sid, string mode)
    {
        lock (_gate)
        {
            return _resources.TryGetValue(resourceId, out RecordingResource? resource)
                && resource.AppId == appId && resource.Sid == sid && resource.Mode == mode
                ? resource
                : null;
        }
    }

    /// <summary>Stops and forgets the running recording; <see langword="null"/> when there is none.</summary>
    public RecordingResource? Stop(string appId, string resourceId, string sid, string mode)
    {
        lock (_gate)
        {
            RecordingResource? resource = Running(appId, resourceId, sid, mode);
            if (resource is not null)
            {
                _resources.Remove(resourceId);
            }

            return resource;
        }
    }

    private static string RandomId(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes));
}

internal enum StartOutcome
{
    Started,
    UnknownResource,
    AlreadyRunning,
    NotTheAcquiredChannelOrUid,
}

/// <summary>One acquired resource, and the recording on it once started.</summary>
internal sealed class RecordingResource(string id, string appId, string channel, string uid, DateTimeOffset startBy)
{
    public string Id { get; } = id;

    public string AppId { get; } = appId;

    public string Channel { get; } = channel;

    public string Uid { get; } = uid;

    public DateTimeOffset StartBy { get; } = startBy;

    public string? Sid { get; set; }

    public string? Mode { get; set; }
}
