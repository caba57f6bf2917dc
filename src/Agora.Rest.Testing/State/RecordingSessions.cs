using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Cloud Recording's resources and sessions. A resource id from acquire can start one recording, within five
/// minutes, in a mode its scene allows (web needs scene 1, individual and mix scene 0); the session it starts (its
/// sid) answers query, update, updateLayout and stop, in that mode only, until it is stopped.
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

    public DateTimeOffset Now => _time.GetUtcNow();

    public RecordingResource Acquire(string appId, string channel, string uid, int scene)
    {
        DateTimeOffset now = _time.GetUtcNow();
        var resource = new RecordingResource(RandomId(64), appId, channel, uid, scene, now + ResourceLifetime);
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
    public StartOutcome Start(string appId, string resourceId, RecordingStart start, out RecordingResource? started)
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

            DateTimeOffset now = _time.GetUtcNow();
            if (now >= resource.StartBy)
            {
                _resources.Remove(resourceId);
                return StartOutcome.UnknownResource;
            }

            if (resource.Channel != start.Channel || resource.Uid != start.Uid)
            {
                return StartOutcome.NotTheAcquiredChannelOrUid;
            }

            if ((start.Mode == "web") != (resource.Scene == 1))
            {
                return StartOutcome.WrongScene;
            }

            resource.Sid = RandomId(16);
            resource.Mode = start.Mode;
            resource.StartedAt = now;
            resource.AvFileTypes = start.AvFileTypes;
            resource.RtmpUrls = start.RtmpUrls;
            resource.HasRtmpPublish = start.HasRtmpPublish;
            resource.OnHold = start.OnHold;
            resource.FirstSliceAt = start.OnHold ? null : now;
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

    /// <summary>Applies a web recording's update (pause or resume, new CDN address) under the lock.</summary>
    public void UpdateWeb(RecordingResource recording, bool? onHold, IReadOnlyList<string>? rtmpUrls)
    {
        lock (_gate)
        {
            if (onHold is { } hold)
            {
                recording.OnHold = hold;
                if (!hold && recording.FirstSliceAt is null)
                {
                    // Resuming a recording started on hold writes its first slice now.
                    recording.FirstSliceAt = _time.GetUtcNow();
                }
            }

            if (rtmpUrls is not null)
            {
                recording.RtmpUrls = rtmpUrls;
            }
        }
    }

    /// <summary>Replaces a mix recording's layout: every call replaces the whole layout, as Agora documents.</summary>
    public void UpdateLayout(RecordingResource recording, MixLayout layout)
    {
        lock (_gate)
        {
            recording.Layout = layout;
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
    WrongScene,
}

/// <summary>What a valid start asked for: the mode, and for web mode the recorder's and the CDN push's settings.</summary>
internal sealed record RecordingStart(
    string Mode, string Channel, string Uid, IReadOnlyList<string> AvFileTypes, bool OnHold, bool HasRtmpPublish, IReadOnlyList<string> RtmpUrls);

/// <summary>A mix recording's layout as the last updateLayout set it.</summary>
internal sealed record MixLayout(int MixedVideoLayout, string BackgroundColor, string? MaxResolutionUid, int Regions);

/// <summary>One acquired resource, and the recording on it once started.</summary>
internal sealed class RecordingResource(string id, string appId, string channel, string uid, int scene, DateTimeOffset startBy)
{
    public string Id { get; } = id;

    public string AppId { get; } = appId;

    public string Channel { get; } = channel;

    public string Uid { get; } = uid;

    /// <summary>Acquire's <c>clientRequest.scene</c>: 0 real-time (individual, mix), 1 web page.</summary>
    public int Scene { get; } = scene;

    public DateTimeOffset StartBy { get; } = startBy;

    public string? Sid { get; set; }

    public string? Mode { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public IReadOnlyList<string> AvFileTypes { get; set; } = ["hls"];

    /// <summary>Web mode: whether the page recording is paused (start's <c>onhold</c>, then update's).</summary>
    public bool OnHold { get; set; }

    /// <summary>Web mode: when the first file was started (null while a recording started on hold was never resumed).</summary>
    public DateTimeOffset? FirstSliceAt { get; set; }

    /// <summary>Web mode: whether start asked for the CDN push service.</summary>
    public bool HasRtmpPublish { get; set; }

    public IReadOnlyList<string> RtmpUrls { get; set; } = [];

    /// <summary>Mix mode: the layout of the last updateLayout; <see langword="null"/> until one (start's own layout applies).</summary>
    public MixLayout? Layout { get; set; }
}
