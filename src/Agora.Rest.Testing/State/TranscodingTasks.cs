using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Cloud Transcoding's builder tokens, tasks and ABR templates, per App ID, on the emulator's clock. A builder token
/// creates one task, within five minutes of being acquired; the task then answers to that token until destroyed.
/// </summary>
internal sealed class TranscodingTasks
{
    /// <summary>How long a builder token may wait for the create it is for.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<string, BuilderToken> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TranscodingTask> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TranscodingTemplate>> _templates = new(StringComparer.Ordinal);

    public TranscodingTasks(TimeProvider time)
    {
        _time = time;
    }

    public BuilderToken Acquire(string appId, string instanceId)
    {
        DateTimeOffset now = _time.GetUtcNow();
        var token = new BuilderToken(Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), appId, instanceId, now);
        lock (_gate)
        {
            // Tokens never used lapse: forget them, so a long test run does not grow without end.
            foreach (BuilderToken lapsed in _tokens.Values.Where(t => t.TaskId is null && now >= t.AcquiredAt + TokenLifetime).ToList())
            {
                _tokens.Remove(lapsed.Name);
            }

            _tokens[token.Name] = token;
        }

        return token;
    }

    /// <summary>Creates a task with a live, unused token of the app, or says what is wrong with the token.</summary>
    public TokenOutcome Create(string appId, string tokenName, JsonObject transcoder, out TranscodingTask? task)
    {
        lock (_gate)
        {
            task = null;
            DateTimeOffset now = _time.GetUtcNow();
            if (!_tokens.TryGetValue(tokenName, out BuilderToken? token) || token.AppId != appId)
            {
                return TokenOutcome.Unknown;
            }

            if (token.TaskId is not null)
            {
                return TokenOutcome.Used;
            }

            if (now >= token.AcquiredAt + TokenLifetime)
            {
                _tokens.Remove(tokenName);
                return TokenOutcome.Expired;
            }

            task = new TranscodingTask(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), appId, tokenName, now.ToUnixTimeSeconds())
            {
                Transcoder = transcoder,
            };
            token.TaskId = task.Id;
            _tasks[task.Id] = task;
            return TokenOutcome.Accepted;
        }
    }

    /// <summary>The live task with this ID in this app, or <see langword="null"/>.</summary>
    public TranscodingTask? Find(string appId, string taskId)
    {
        lock (_gate)
        {
            return _tasks.TryGetValue(taskId, out TranscodingTask? task) && task.AppId == appId ? task : null;
        }
    }

    /// <summary>Replaces the task's configuration when <paramref name="sequence"/> is above the last update's.</summary>
    public bool Update(TranscodingTask task, long sequence, JsonObject transcoder)
    {
        lock (_gate)
        {
            if (task.LastSequence is { } last && sequence <= last)
            {
                return false;
            }

            task.LastSequence = sequence;
            task.Transcoder = transcoder;
            return true;
        }
    }

    public TranscodingTask? Destroy(string appId, string taskId)
    {
        lock (_gate)
        {
            TranscodingTask? task = Find(appId, taskId);
            if (task is not null)
            {
                _tasks.Remove(taskId);
                _tokens.Remove(task.TokenName);
            }

            return task;
        }
    }

    /// <summary>Creates the template, or replaces the one with its ID (keeping its place in the list).</summary>
    public void SaveTemplate(string appId, TranscodingTemplate template)
    {
        lock (_gate)
        {
            if (!_templates.TryGetValue(appId, out List<TranscodingTemplate>? list))
            {
                _templates[appId] = list = new List<TranscodingTemplate>();
            }

            int index = list.FindIndex(t => t.Id == template.Id);
            if (index >= 0)
            {
                list[index] = template;
            }
            else
            {
                list.Add(template);
            }
        }
    }

    public IReadOnlyList<TranscodingTemplate> Templates(string appId)
    {
        lock (_gate)
        {
            return _templates.TryGetValue(appId, out List<TranscodingTemplate>? list) ? list.ToArray() : [];
        }
    }
}

internal enum TokenOutcome
{
    Accepted,
    Unknown,
    Expired,
    Used,
}

/// <summary>One builder token; <see cref="TaskId"/> once a task was created with it.</summary>
internal sealed class BuilderToken(string name, string appId, string instanceId, DateTimeOffset acquiredAt)
{
    public string Name { get; } = name;

    public string AppId { get; } = appId;

    public string InstanceId { get; } = instanceId;

    public DateTimeOffset AcquiredAt { get; } = acquiredAt;

    public string? TaskId { get; set; }
}

/// <summary>One running task and the transcoder configuration it was created or last updated with.</summary>
internal sealed class TranscodingTask(string id, string appId, string tokenName, long createTs)
{
    public string Id { get; } = id;

    public string AppId { get; } = appId;

    public string TokenName { get; } = tokenName;

    public long CreateTs { get; } = createTs;

    public required JsonObject Transcoder { get; set; }

    public long? LastSequence { get; set; }
}

/// <summary>One ABR template.</summary>
internal sealed record TranscodingTemplate(string Id, bool Enabled, long Width, long Height, long Fps);
