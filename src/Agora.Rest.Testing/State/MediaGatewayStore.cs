using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Media Gateway state on the emulator's clock. Streaming keys belong to an app, not a region (Agora validates a key
/// in every region it is pushed to, and revoking it in one region is enough here); templates, the global template and
/// online streams belong to an app in one region, as the <c>{region}</c> route segment says.
/// </summary>
internal sealed class MediaGatewayStore
{
    /// <summary>Agora's documented cap on templates per App ID (counted here per region).</summary>
    public const int MaxTemplates = 10;

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<(string AppId, string Key), StreamKey> _keys = new();
    private readonly Dictionary<(string AppId, string Region, string Id), JsonObject> _templates = new();
    private readonly Dictionary<(string AppId, string Region), string> _globalTemplates = new();
    private readonly Dictionary<string, OnlineStream> _streams = new(StringComparer.Ordinal);

    public MediaGatewayStore(TimeProvider time)
    {
        _time = time;
    }

    public StreamKey CreateKey(string appId, string channel, string uid, long expiresAfter, string? templateId)
    {
        // Agora picks a random integer uid when it is empty or "0".
        string boundUid = uid is "" or "0" ? RandomNumberGenerator.GetInt32(1, int.MaxValue).ToString(CultureInfo.InvariantCulture) : uid;
        var key = new StreamKey(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), channel, boundUid, expiresAfter, _time.GetUtcNow(), templateId);
        lock (_gate)
        {
            _keys.Add((appId, key.Key), key);
        }

        return key;
    }

    /// <summary>The key, or <see langword="null"/> when there is none or it has expired on the emulator's clock.</summary>
    public StreamKey? FindKey(string appId, string key)
    {
        lock (_gate)
        {
            return LiveKeyLocked(appId, key);
        }
    }

    public bool DeleteKey(string appId, string key)
    {
        lock (_gate)
        {
            return LiveKeyLocked(appId, key) is not null && _keys.Remove((appId, key));
        }
    }

    private StreamKey? LiveKeyLocked(string appId, string key)
    {
        if (!_keys.TryGetValue((appId, key), out StreamKey? found))
        {
            return null;
        }

        if (found.ExpiresAfter > 0 && _time.GetUtcNow() >= found.CreatedAt.AddSeconds(found.ExpiresAfter))
        {
            _keys.Remove((appId, key));
            return null;
        }

        return found;
    }

    /// <summary>A push with <paramref name="key"/> begins; <see langword="null"/> when the key is unknown, revoked or expired.</summary>
    public OnlineStream? StartStream(string appId, string region, string key)
    {
        lock (_gate)
        {
            if (LiveKeyLocked(appId, key) is not { } streamKey)
            {
                return null;
            }

            var stream = new OnlineStream(
                Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                appId,
                region,
                streamKey.Channel,
                streamKey.Uid,
                $"rtmp://rtls-ingress-prod-{region}.agoramdn.com/live/{key}",
                _time.GetUtcNow());
            _streams.Add(stream.Sid, stream);
            return stream;
        }
    }

    public IReadOnlyList<OnlineStream> Streams(string appId, string region, string? channel)
    {
        lock (_gate)
        {
            return _streams.Values
                .Where(s => s.AppId == appId && s.Region == region && (channel is null || s.Channel == channel))
                .OrderBy(s => s.BeginAt)
                .Select(s => s.Copy())
                .ToList();
        }
    }

    public OnlineStream? FindStream(string appId, string region, string sid)
    {
        lock (_gate)
        {
            return FindStreamLocked(appId, region, sid)?.Copy();
        }
    }

    /// <summary>Any region's stream of the app, for the emulator's own inspection methods.</summary>
    public OnlineStream? FindStream(string sid)
    {
        lock (_gate)
        {
            return _streams.TryGetValue(sid, out OnlineStream? stream) ? stream.Copy() : null;
        }
    }

    public bool StopStream(string appId, string region, string sid)
    {
        lock (_gate)
        {
            return FindStreamLocked(appId, region, sid) is not null && _streams.Remove(sid);
        }
    }

    public bool StopStream(string sid)
    {
        lock (_gate)
        {
            return _streams.Remove(sid);
        }
    }

    public bool Mute(string appId, string region, string sid, bool videoMuted, bool audioMuted)
    {
        lock (_gate)
        {
            if (FindStreamLocked(appId, region, sid) is not { } stream)
            {
                return false;
            }

            stream.VideoMuted = videoMuted;
            stream.AudioMuted = audioMuted;
            return true;
        }
    }

    private OnlineStream? FindStreamLocked(string appId, string region, string sid) =>
        _streams.TryGetValue(sid, out OnlineStream? stream) && stream.AppId == appId && stream.Region == region ? stream : null;

    /// <summary>Creates or replaces a template; <see langword="false"/> when it is new and the app already has the maximum.</summary>
    public bool PutTemplate(string appId, string region, string templateId, JsonObject settings)
    {
        lock (_gate)
        {
            if (!_templates.ContainsKey((appId, region, templateId))
                && _templates.Keys.Count(k => k.AppId == appId && k.Region == region) >= MaxTemplates)
            {
                return false;
            }

            _templates[(appId, region, templateId)] = settings;
            return true;
        }
    }

    /// <summary>Replaces the units given (each whole); <see langword="false"/> when there is no such template.</summary>
    public bool UpdateTemplate(string appId, string region, string templateId, JsonElement? video, JsonElement? audio, JsonElement? jitterBuffer)
    {
        lock (_gate)
        {
            if (!_templates.TryGetValue((appId, region, templateId), out JsonObject? settings))
            {
                return false;
            }

            if (video is not null || audio is not null)
            {
                if (settings["transcoding"] is not JsonObject transcoding)
                {
                    transcoding = new JsonObject();
                    settings["transcoding"] = transcoding;
                }

                Replace(transcoding, "video", video);
                Replace(transcoding, "audio", audio);
            }

            Replace(settings, "jitterBuffer", jitterBuffer);
            return true;
        }
    }

    private static void Replace(JsonObject target, string name, JsonElement? unit)
    {
        if (unit is { } value)
        {
            target[name] = JsonNode.Parse(value.GetRawText());
        }
    }

    public bool TemplateExists(string appId, string region, string templateId)
    {
        lock (_gate)
        {
            return _templates.ContainsKey((appId, region, templateId));
        }
    }

    /// <summary>The template's settings as JSON text, or <see langword="null"/>.</summary>
    public string? TemplateJson(string appId, string region, string templateId)
    {
        lock (_gate)
        {
            return _templates.TryGetValue((appId, region, templateId), out JsonObject? settings) ? settings.ToJsonString() : null;
        }
    }

    /// <summary>Deletes a template; a global template that named it falls back to none, as Agora documents for keys.</summary>
    public bool DeleteTemplate(string appId, string region, string templateId)
    {
        lock (_gate)
        {
            if (!_templates.Remove((appId, region, templateId)))
            {
                return false;
            }

            if (_globalTemplates.TryGetValue((appId, region), out string? global) && global == templateId)
            {
                _globalTemplates.Remove((appId, region));
            }

            return true;
        }
    }

    /// <summary>Makes an existing template the default; <see langword="false"/> when there is no such template.</summary>
    public bool SetGlobalTemplate(string appId, string region, string templateId)
    {
        lock (_gate)
        {
            if (!_templates.ContainsKey((appId, region, templateId)))
            {
                return false;
            }

            _globalTemplates[(appId, region)] = templateId;
            return true;
        }
    }

    public string? GlobalTemplate(string appId, string region)
    {
        lock (_gate)
        {
            return _globalTemplates.TryGetValue((appId, region), out string? id) ? id : null;
        }
    }
}

internal sealed record StreamKey(string Key, string Channel, string Uid, long ExpiresAfter, DateTimeOffset CreatedAt, string? TemplateId);

internal sealed class OnlineStream(string sid, string appId, string region, string channel, string uid, string url, DateTimeOffset beginAt)
{
    public string Sid { get; } = sid;

    public string AppId { get; } = appId;

    public string Region { get; } = region;

    public string Channel { get; } = channel;

    public string Uid { get; } = uid;

    public string Url { get; } = url;

    public DateTimeOffset BeginAt { get; } = beginAt;

    public bool VideoMuted { get; set; }

    public bool AudioMuted { get; set; }

    public OnlineStream Copy() => new(Sid, AppId, Region, Channel, Uid, Url, BeginAt) { VideoMuted = VideoMuted, AudioMuted = AudioMuted };
}
