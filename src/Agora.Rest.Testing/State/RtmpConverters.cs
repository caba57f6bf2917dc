using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Agora.Rest.Testing.State;

/// <summary>
/// Media Push's converters, per App ID, on the emulator's clock: a converter keeps the configuration it was created
/// with (as its <c>converter</c> JSON object) and the changes updates made; a name (when given) is unique in a project.
/// </summary>
internal sealed class RtmpConverters
{
    /// <summary>At most this many converters on one page of a list, as documented.</summary>
    public const int PageSize = 500;

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly Dictionary<string, RtmpConverter> _converters = new(StringComparer.Ordinal);
    private long _ordinal;

    public RtmpConverters(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Adds a converter, or <see langword="null"/> when another converter of the project has its name.</summary>
    public RtmpConverter? Create(string appId, string region, string name, string channel, JsonObject config)
    {
        lock (_gate)
        {
            if (name.Length > 0 && _converters.Values.Any(c => c.AppId == appId && c.Name == name))
            {
                return null;
            }

            long now = _time.GetUtcNow().ToUnixTimeSeconds();
            var converter = new RtmpConverter(Guid.NewGuid().ToString(), appId, region, ++_ordinal, name, channel, now) { Config = config, UpdateTs = now };
            _converters[converter.Id] = converter;
            return converter;
        }
    }

    /// <summary>The converter with this ID in this project and region (the one it was created in), or <see langword="null"/>.</summary>
    public RtmpConverter? Find(string appId, string region, string id)
    {
        lock (_gate)
        {
            return _converters.TryGetValue(id, out RtmpConverter? converter) && converter.AppId == appId && converter.Region == region ? converter : null;
        }
    }

    /// <summary>
    /// Replaces the configuration with what <paramref name="change"/> makes of a copy of it (null: refused, with
    /// <paramref name="problem"/>), unless <paramref name="sequence"/> is not above the last update's.
    /// </summary>
    public UpdateOutcome Update(RtmpConverter converter, long? sequence, Func<JsonObject, string?> change, out string? problem)
    {
        lock (_gate)
        {
            problem = null;
            if (!_converters.ContainsKey(converter.Id))
            {
                return UpdateOutcome.NotFound;
            }

            if (sequence is { } next && converter.LastSequence is { } last && next <= last)
            {
                return UpdateOutcome.StaleSequence;
            }

            var copy = (JsonObject)converter.Config.DeepClone();
            if ((problem = change(copy)) is not null)
            {
                return UpdateOutcome.Invalid;
            }

            converter.Config = copy;
            converter.LastSequence = sequence ?? converter.LastSequence;
            converter.UpdateTs = _time.GetUtcNow().ToUnixTimeSeconds();
            return UpdateOutcome.Updated;
        }
    }

    public bool Delete(string appId, string region, string id)
    {
        lock (_gate)
        {
            return Find(appId, region, id) is { } converter && _converters.Remove(converter.Id);
        }
    }

    /// <summary>A page of the project's converters (of one channel, when given) in creation order, from ordinal <paramref name="from"/> on; the next page's cursor, 0 after the last.</summary>
    public (IReadOnlyList<RtmpConverter> Page, int Total, long Cursor) List(string appId, string? channel, long from)
    {
        lock (_gate)
        {
            List<RtmpConverter> all = _converters.Values
                .Where(c => c.AppId == appId && (channel is null || c.Channel == channel))
                .OrderBy(c => c.Ordinal)
                .ToList();
            List<RtmpConverter> rest = all.Where(c => c.Ordinal >= from).ToList();
            return (rest.Take(PageSize).ToList(), all.Count, rest.Count > PageSize ? rest[PageSize].Ordinal : 0);
        }
    }
}

/// <summary>One converter.</summary>
internal sealed class RtmpConverter(string id, string appId, string region, long ordinal, string name, string channel, long createTs)
{
    public string Id { get; } = id;

    public string AppId { get; } = appId;

    public string Region { get; } = region;

    /// <summary>Creation order: the cursor of a list page that starts at this converter.</summary>
    public long Ordinal { get; } = ordinal;

    public string Name { get; } = name;

    public string Channel { get; } = channel;

    public long CreateTs { get; } = createTs;

    /// <summary>The <c>converter</c> object as created and updated (idle timeout clamped, jitter buffer rounded).</summary>
    public required JsonObject Config { get; set; }

    public long UpdateTs { get; set; }

    public long? LastSequence { get; set; }
}
