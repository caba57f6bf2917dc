using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Media Push's converters (<c>/{region}/v1/projects/{appid}/rtmp-converters…</c>): create (transcoded or raw, exactly
/// one), get, update by field mask with an increasing sequence, delete, and the project and channel lists paged by
/// cursor. Failures answer <c>{message}</c> (<c>{reason}</c> for get): 400 for an invalid request, 409 for a name
/// already used in the project, as documented, and 404 for a converter that is not there (in that region).
/// </summary>
internal sealed class MediaPushEndpoints
{
    private const string EchoedAs = "X-Custom-Request-ID";
    private const string ReturnedFields = "id,createTs,updateTs,state";

    // What an update may set (a mask path is one of these or lies below one); the rest is fixed at creation.
    private static readonly string[] Updatable =
    [
        "rtmpUrl", "jitterBufferSizeMs", "transcodeOptions.audioOptions.rtcStreamUids", "transcodeOptions.audioOptions.volumes",
        "transcodeOptions.videoOptions.canvas", "transcodeOptions.videoOptions.layout", "transcodeOptions.videoOptions.defaultPlaceholderImageUrl",
        "transcodeOptions.videoOptions.bitrate", "transcodeOptions.videoOptions.frameRate", "transcodeOptions.videoOptions.gop",
        "transcodeOptions.videoOptions.seiOptions",
    ];

    private static readonly string[] RegionFields = ["xPos", "yPos", "zIndex", "width", "height"];

    private readonly RtmpConverters _converters;

    public MediaPushEndpoints(RtmpConverters converters)
    {
        _converters = converters;
    }

    public async Task CreateAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, EchoedAs);
        if (!MediaAnswers.IsRegion(request["region"]))
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "invalid region: use cn, ap, na or eu (lowercase)").ConfigureAwait(false);
            return;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        JsonObject? config = body is not null && body.RootElement.TryGetProperty("converter", out JsonElement found) && found.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(found.GetRawText()) as JsonObject
            : null;
        string? problem = config is null ? "converter is required" : ConfigProblem(config);
        if (problem is not null)
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        Normalize(config!);
        string name = (string?)config!["name"] ?? string.Empty;
        string channel = (string)(config["transcodeOptions"] ?? config["rawOptions"])!["rtcChannel"]!;
        if (_converters.Create(request["appid"], request["region"], name, channel, config) is not { } created)
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status409Conflict, $"a converter named '{name}' already exists in this project").ConfigureAwait(false);
            return;
        }

        // Just created, it is still connecting to Agora's push server and the CDN; later answers show it running.
        await MediaAnswers.OkAsync(context, Result(created, "connecting"), created.Id).ConfigureAwait(false);
    }

    public Task GetAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, EchoedAs);
        string id = request["converterId"];
        if (_converters.Find(request["appid"], request["region"], id) is not { } converter)
        {
            return MediaAnswers.ReasonAsync(context, StatusCodes.Status404NotFound, "converter not found", id);
        }

        var shown = (JsonObject)converter.Config.DeepClone();
        shown["name"] = converter.Name;
        shown["idleTimeout"] = ((long)shown["idleTimeout"]!).ToString(CultureInfo.InvariantCulture); // text, as Agora's schema has it
        return MediaAnswers.OkAsync(context, new JsonObject { ["converter"] = shown }, id);
    }

    public async Task UpdateAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, EchoedAs);
        string id = request["converterId"];
        long? sequence = null;
        if (context.Request.Query.ContainsKey("sequence"))
        {
            if (!long.TryParse(context.Request.Query["sequence"], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "sequence must be an integer of 0 or more", id).ConfigureAwait(false);
                return;
            }

            sequence = value;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null)
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "invalid request body", id).ConfigureAwait(false);
            return;
        }

        JsonObject changes = body.RootElement.TryGetProperty("converter", out JsonElement found) && found.ValueKind == JsonValueKind.Object
            ? (JsonObject)JsonNode.Parse(found.GetRawText())!
            : new JsonObject();
        string? fields = JsonBody.String(body.RootElement, "fields");
        if (_converters.Find(request["appid"], request["region"], id) is not { } converter)
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status404NotFound, "converter not found", id).ConfigureAwait(false);
            return;
        }

        switch (_converters.Update(converter, sequence, config => Apply(config, changes, fields), out string? problem))
        {
            case UpdateOutcome.Updated:
                await MediaAnswers.OkAsync(context, Result(converter, "running"), id).ConfigureAwait(false);
                break;
            case UpdateOutcome.StaleSequence:
                await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "sequence must be greater than the sequence of the converter's last update", id).ConfigureAwait(false);
                break;
            case UpdateOutcome.Invalid:
                await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, problem!, id).ConfigureAwait(false);
                break;
            default:
                await MediaAnswers.MessageAsync(context, StatusCodes.Status404NotFound, "converter not found", id).ConfigureAwait(false);
                break;
        }
    }

    public Task DeleteAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, EchoedAs);
        string id = request["converterId"];
        return _converters.Delete(request["appid"], request["region"], id)
            ? MediaAnswers.EmptyAsync(context, id)
            : MediaAnswers.MessageAsync(context, StatusCodes.Status404NotFound, "converter not found", id);
    }

    public Task ListAsync(RouteRequest request) => ListAsync(request, channel: null);

    public Task ListChannelAsync(RouteRequest request) => ListAsync(request, request["cname"]);

    private Task ListAsync(RouteRequest request, string? channel)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, EchoedAs);
        long from = 0;
        if (context.Request.Query["cursor"].ToString() is { Length: > 0 } cursor
            && !long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out from))
        {
            return MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "cursor must be an integer of 0 or more: the cursor of the previous page");
        }

        (var page, int total, long next) = _converters.List(request["appid"], channel, from);
        Member[] members = page.Select(c => new Member(
            c.Id, c.Name, c.AppId, c.Channel, (string)c.Config["rtmpUrl"]!, Text(c.CreateTs), Text(c.UpdateTs), Text((long)c.Config["idleTimeout"]!), "running")).ToArray();
        return MediaAnswers.OkAsync(context, new Listed(true, new ListData(total, next, members)));
    }

    private static ConverterResult Result(RtmpConverter converter, string state) =>
        new(new ConverterStatus(converter.Id, Text(converter.CreateTs), Text(converter.UpdateTs), state), ReturnedFields);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Applies the mask's fields (set from the request, or cleared when the request leaves them out), then checks the result as a whole.
    private static string? Apply(JsonObject config, JsonObject changes, string? fields)
    {
        bool raw = config["rawOptions"] is not null;
        bool vertical = (int?)config["transcodeOptions"]?["videoOptions"]?["layoutType"] == 1;
        if (fields is null)
        {
            return raw ? (changes["rtmpUrl"] is null ? "fields is required" : Apply(config, changes, "rtmpUrl")) : "fields is required";
        }

        string[] paths = fields.Split(',');
        if (paths.Any(p => p.Length == 0 || p.Trim() != p))
        {
            return "fields: comma-separated field names, no spaces";
        }

        foreach (string path in paths)
        {
            if (!Updatable.Any(u => path == u || path.StartsWith(u + ".", StringComparison.Ordinal)))
            {
                return $"fields: {path} cannot be updated";
            }

            if ((raw || vertical) && path != "rtmpUrl")
            {
                return $"fields: only rtmpUrl can be updated on a {(raw ? "raw" : "vertical-layout")} converter";
            }

            string[] parts = path.Split('.');
            JsonNode? value = Walk(changes, parts)?.DeepClone();
            JsonObject parent = config;
            foreach (string part in parts[..^1])
            {
                parent = parent[part] as JsonObject ?? (JsonObject)(parent[part] = new JsonObject());
            }

            if (value is null)
            {
                parent.Remove(parts[^1]);
            }
            else
            {
                parent[parts[^1]] = value;
            }
        }

        string? problem = ConfigProblem(config);
        if (problem is null)
        {
            Normalize(config);
        }

        return problem;
    }

    private static JsonNode? Walk(JsonNode? node, string[] parts)
    {
        foreach (string part in parts)
        {
            node = node is JsonObject obj ? obj[part] : null;
        }

        return node;
    }

    // Out-of-range idle timeouts are clamped, as documented; the jitter buffer is rounded up to a multiple of 100 ms.
    private static void Normalize(JsonObject config)
    {
        config["idleTimeout"] = Math.Clamp(Number(config["idleTimeout"]) ?? 300, 5, 86400);
        long jitter = Number(config["jitterBufferSizeMs"]) ?? 1000;
        config["jitterBufferSizeMs"] = (jitter + 99) / 100 * 100;
    }

    private static string? ConfigProblem(JsonObject config)
    {
        JsonObject? transcode = config["transcodeOptions"] as JsonObject;
        JsonObject? raw = config["rawOptions"] as JsonObject;
        string? rtmpUrl = Text(config["rtmpUrl"]);
        string? name = Text(config["name"]);
        if ((transcode is null) == (raw is null))
        {
            return "converter: give exactly one of transcodeOptions (transcoded push) and rawOptions (raw push)";
        }

        if (rtmpUrl is not { Length: > 0 and <= 1024 } || !Uri.TryCreate(rtmpUrl, UriKind.Absolute, out Uri? url) || url.Scheme is not ("rtmp" or "rtmps"))
        {
            return "converter.rtmpUrl is required: an RTMP URL of up to 1024 characters";
        }

        if (config["name"] is not null && (name is null || !MediaAnswers.IsName(name)))
        {
            return "converter.name: up to 64 of a-z A-Z 0-9 - _";
        }

        if (config["idleTimeout"] is not null && Number(config["idleTimeout"]) is null)
        {
            return "converter.idleTimeout must be a number of seconds";
        }

        if (OutOf(config, "jitterBufferSizeMs", 0, 1000) is { } jitter)
        {
            return "converter." + jitter;
        }

        if (raw is not null)
        {
            return !MediaAnswers.IsChannelName(Text(raw["rtcChannel"])) ? "converter.rawOptions.rtcChannel is required: up to 64 bytes"
                : Number(raw["rtcStreamUid"]) is not (>= 0 and <= uint.MaxValue) ? "converter.rawOptions.rtcStreamUid is required: an integer from 0 to 4294967295"
                : null;
        }

        return MediaAnswers.IsChannelName(Text(transcode!["rtcChannel"]))
            ? AudioProblem(transcode["audioOptions"] as JsonObject) ?? VideoProblem(transcode["videoOptions"] as JsonObject)
            : "converter.transcodeOptions.rtcChannel is required: up to 64 bytes";
    }

    private static string? AudioProblem(JsonObject? audio)
    {
        if (audio is null)
        {
            return null;
        }

        const string At = "converter.transcodeOptions.audioOptions.";
        List<long>? uids = audio["rtcStreamUids"] is JsonArray list ? list.Select(Number).Select(u => u ?? -1).ToList() : null;
        if (uids is not null && (uids.Count > 3 || uids.Any(u => u is < 0 or > uint.MaxValue)))
        {
            return At + "rtcStreamUids: up to 3 UIDs (integers from 0 to 4294967295)";
        }

        string? problem = Text(audio["codecProfile"]) is { } profile && profile is not ("LC-AAC" or "HE-AAC") ? "codecProfile must be LC-AAC or HE-AAC"
            : Number(audio["sampleRate"]) is { } rate && rate is not (32000 or 44100 or 48000) ? "sampleRate must be 32000, 44100 or 48000"
            : OutOf(audio, "bitrate", 32, 128)
            ?? (Number(audio["audioChannels"]) is { } channels && channels is not (1 or 2) ? "audioChannels must be 1 or 2" : null);
        if (problem is not null)
        {
            return At + problem;
        }

        foreach (JsonObject volume in (audio["volumes"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (Number(volume["rtcStreamUid"]) is not { } uid || (uids is not null && !uids.Contains(uid)))
            {
                return At + "volumes[].rtcStreamUid must be one of rtcStreamUids";
            }

            if (OutOf(volume, "volume", 0, 200) is { } range)
            {
                return At + "volumes[]." + range;
            }
        }

        return null;
    }

    private static string? VideoProblem(JsonObject? video)
    {
        if (video is null)
        {
            return null;
        }

        const string At = "converter.transcodeOptions.videoOptions.";
        if (video["canvas"] is not JsonObject canvas || Number(canvas["width"]) is null || Number(canvas["height"]) is null)
        {
            return At + "canvas with width and height is required";
        }

        if (Number(video["bitrate"]) is null)
        {
            return At + "bitrate is required";
        }

        string? codec = Text(video["codec"]);
        string? problem = OutOf(canvas, "width", 66, 1920) ?? OutOf(canvas, "height", 66, 1920) ?? OutOf(canvas, "color", 0, 16777215)
            ?? OutOf(video, "bitrate", 1, 10000) ?? OutOf(video, "frameRate", 1, 30)
            ?? (video["codec"] is not null && codec is not ("H.264" or "H.265") ? "codec must be H.264 or H.265" : null)
            ?? (Text(video["codecProfile"]) is { } profile && (codec == "H.265" ? profile != "main" : profile is not ("high" or "baseline" or "main"))
                ? "codecProfile must be high, baseline or main (main only, for H.265)" : null)
            ?? (Number(video["layoutType"]) is { } layoutType && layoutType is not (0 or 1) ? "layoutType must be 0 (custom) or 1 (vertical)" : null);
        if (problem is not null)
        {
            return At + problem;
        }

        foreach (JsonNode? item in video["layout"] as JsonArray ?? [])
        {
            if (item is not JsonObject tile || (tile["rtcStreamUid"] is null && tile["imageUrl"] is null))
            {
                return At + "layout[] items need rtcStreamUid (a user) or imageUrl (an image)";
            }

            if (tile["region"] is not JsonObject region || RegionFields.Any(f => Number(region[f]) is null))
            {
                return At + "layout[].region needs xPos, yPos, zIndex, width and height";
            }

            if (OutOf(region, "zIndex", 0, 100) is { } zIndex)
            {
                return At + "layout[].region." + zIndex;
            }
        }

        return null;
    }

    private static string? OutOf(JsonObject parent, string name, long min, long max) =>
        parent[name] is not null && Number(parent[name]) is not { } value || (Number(parent[name]) is { } number && (number < min || number > max))
            ? $"{name} must be from {min} to {max}"
            : null;

    private static long? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out long number) ? number
        : node is JsonValue other && other.GetValueKind() == JsonValueKind.Number && other.TryGetValue(out double real) && real == Math.Floor(real) ? (long)real
        : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private sealed record ConverterStatus(string Id, string CreateTs, string UpdateTs, string State);

    private sealed record ConverterResult(ConverterStatus Converter, string Fields);

    private sealed record Member(
        string ConverterId, string ConverterName, string AppId, string RtcChannel, string RtmpUrl,
        [property: JsonPropertyName("create")] string Create, string UpdateTs, string IdleTimeout, string State);

    private sealed record ListData([property: JsonPropertyName("total_count")] int TotalCount, long Cursor, Member[] Members);

    private sealed record Listed(bool Success, ListData Data);
}
