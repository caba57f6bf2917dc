using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Media Gateway, <c>/{region}/v1/projects/{appid}/rtls/ingress/…</c>: streaming keys (expiring on the emulator's
/// clock), online streams (seeded with <see cref="AgoraEmulator.StartMediaGatewayStream"/>, as the emulator has no RTMP
/// ingest), mute, templates and the global template. Agora documents one error shape, <c>{status:"error", message}</c>,
/// and names only 401; the emulator answers 400 for a bad region or body, 404 for an unknown key, stream or template,
/// in that shape, with its own wording. A caller's <c>X-Request-ID</c> comes back in the answer's <c>X-Request-ID</c>.
/// </summary>
internal sealed class MediaGatewayEndpoints
{
    private static readonly string[] Regions = ["na", "eu", "ap", "cn"];

    private readonly MediaGatewayStore _store;

    public MediaGatewayEndpoints(MediaGatewayStore store)
    {
        _store = store;
    }

    public static bool IsRegion(string region) => Array.IndexOf(Regions, region) >= 0;

    public async Task CreateKeyAsync(RouteRequest request)
    {
        if (Begin(request) is { } bad)
        {
            await bad.ConfigureAwait(false);
            return;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (KeyProblem(body, out string channel, out string uid, out long expiresAfter, out string? templateId) is { } problem)
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        if (templateId is not null && !_store.TemplateExists(request["appid"], request["region"], templateId))
        {
            await ErrorAsync(request.Context, StatusCodes.Status404NotFound, $"template '{templateId}' not found").ConfigureAwait(false);
            return;
        }

        StreamKey key = _store.CreateKey(request["appid"], channel, uid, expiresAfter, templateId);
        await KeyAnswerAsync(request.Context, key).ConfigureAwait(false);
    }

    public Task GetKeyAsync(RouteRequest request) =>
        Begin(request)
        ?? (_store.FindKey(request["appid"], request["streamkey"]) is { } key ? KeyAnswerAsync(request.Context, key) : KeyNotFoundAsync(request.Context));

    public Task DeleteKeyAsync(RouteRequest request) =>
        Begin(request)
        ?? (_store.DeleteKey(request["appid"], request["streamkey"]) ? SuccessAsync(request.Context) : KeyNotFoundAsync(request.Context));

    public Task ListStreamsAsync(RouteRequest request)
    {
        if (Begin(request) is { } bad)
        {
            return bad;
        }

        string? channel = request.Context.Request.Query.TryGetValue("channel", out var values) ? values.ToString() : null;
        IReadOnlyList<OnlineStream> streams = _store.Streams(request["appid"], request["region"], channel);
        return JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Streams("success", streams.Select(Describe).ToList()));
    }

    public Task GetStreamAsync(RouteRequest request) =>
        Begin(request)
        ?? (_store.FindStream(request["appid"], request["region"], request["sid"]) is { } stream
            ? JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Streams("success", [Describe(stream)]))
            : StreamNotFoundAsync(request.Context));

    public Task DisconnectStreamAsync(RouteRequest request) =>
        Begin(request)
        ?? (_store.StopStream(request["appid"], request["region"], request["sid"]) ? SuccessAsync(request.Context) : StreamNotFoundAsync(request.Context));

    public async Task MuteAsync(RouteRequest request)
    {
        if (Begin(request) is { } bad)
        {
            await bad.ConfigureAwait(false);
            return;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        JsonElement settings = Settings(body);
        if (settings.ValueKind != JsonValueKind.Object)
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, "settings is required").ConfigureAwait(false);
            return;
        }

        if (Boolean(settings, "videoMuted") is not { } videoMuted || Boolean(settings, "audioMuted") is not { } audioMuted)
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, "settings.videoMuted and settings.audioMuted are required booleans").ConfigureAwait(false);
            return;
        }

        await (_store.Mute(request["appid"], request["region"], request["sid"], videoMuted, audioMuted)
            ? SuccessAsync(request.Context)
            : StreamNotFoundAsync(request.Context)).ConfigureAwait(false);
    }

    public async Task PutTemplateAsync(RouteRequest request)
    {
        if ((Begin(request) ?? TemplateIdProblem(request)) is { } bad)
        {
            await bad.ConfigureAwait(false);
            return;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        JsonElement settings = Settings(body);
        string? problem = settings.ValueKind != JsonValueKind.Object ? "settings is required"
            : !settings.TryGetProperty("transcoding", out JsonElement transcoding) || transcoding.ValueKind != JsonValueKind.Object ? "settings.transcoding is required"
            : UnitsProblem(settings, out _, out _, out _);
        if (problem is not null)
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        var template = (JsonObject)JsonNode.Parse(settings.GetRawText())!;
        if (!_store.PutTemplate(request["appid"], request["region"], request["templateId"], template))
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, $"a project has at most {MediaGatewayStore.MaxTemplates} templates").ConfigureAwait(false);
            return;
        }

        await SuccessAsync(request.Context).ConfigureAwait(false);
    }

    public async Task PatchTemplateAsync(RouteRequest request)
    {
        if ((Begin(request) ?? TemplateIdProblem(request)) is { } bad)
        {
            await bad.ConfigureAwait(false);
            return;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        JsonElement settings = Settings(body);
        string? problem = settings.ValueKind != JsonValueKind.Object ? "settings is required"
            : OnlyUnitsProblem(settings) ?? UnitsProblem(settings, out _, out _, out _);
        if (problem is not null)
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        UnitsProblem(settings, out JsonElement? video, out JsonElement? audio, out JsonElement? jitterBuffer);
        if (video is null && audio is null && jitterBuffer is null)
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, "send at least one of settings.transcoding.video, settings.transcoding.audio, settings.jitterBuffer").ConfigureAwait(false);
            return;
        }

        await (_store.UpdateTemplate(request["appid"], request["region"], request["templateId"], video, audio, jitterBuffer)
            ? SuccessAsync(request.Context)
            : TemplateNotFoundAsync(request.Context, request["templateId"])).ConfigureAwait(false);
    }

    public Task DeleteTemplateAsync(RouteRequest request) =>
        Begin(request)
        ?? TemplateIdProblem(request)
        ?? (_store.DeleteTemplate(request["appid"], request["region"], request["templateId"])
            ? SuccessAsync(request.Context)
            : TemplateNotFoundAsync(request.Context, request["templateId"]));

    public async Task SetGlobalTemplateAsync(RouteRequest request)
    {
        if (Begin(request) is { } bad)
        {
            await bad.ConfigureAwait(false);
            return;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        JsonElement settings = Settings(body);
        if (settings.ValueKind != JsonValueKind.Object || JsonBody.String(settings, "defaultStreamTemplate") is not { Length: > 0 } templateId)
        {
            await ErrorAsync(request.Context, StatusCodes.Status400BadRequest, "settings.defaultStreamTemplate is required").ConfigureAwait(false);
            return;
        }

        await (_store.SetGlobalTemplate(request["appid"], request["region"], templateId)
            ? SuccessAsync(request.Context)
            : TemplateNotFoundAsync(request.Context, templateId)).ConfigureAwait(false);
    }

    // Every handler starts here: Agora echoes the caller's X-Request-ID (JsonAnswer makes one up, which this replaces
    // just before the headers go out), and the region is an enum of the route: lowercase na, eu, ap or cn.
    private static Task? Begin(RouteRequest request)
    {
        HttpContext context = request.Context;
        if (context.Request.Headers.TryGetValue("X-Request-ID", out var requestId) && requestId.Count == 1 && !string.IsNullOrWhiteSpace(requestId[0]))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["X-Request-ID"] = requestId;
                return Task.CompletedTask;
            });
        }

        return IsRegion(request["region"]) ? null : ErrorAsync(context, StatusCodes.Status400BadRequest, "region must be one of na, eu, ap, cn (lowercase)");
    }

    private static Task? TemplateIdProblem(RouteRequest request) =>
        MediaGatewayTemplateRules.TemplateIdProblem(request["templateId"]) is { } problem
            ? ErrorAsync(request.Context, StatusCodes.Status400BadRequest, problem)
            : null;

    // settings{channel*, uid*, expiresAfter*, templateId}, with the documented limits.
    private static string? KeyProblem(JsonDocument? body, out string channel, out string uid, out long expiresAfter, out string? templateId)
    {
        channel = uid = string.Empty;
        expiresAfter = 0;
        templateId = null;
        JsonElement settings = Settings(body);
        if (settings.ValueKind != JsonValueKind.Object)
        {
            return "settings is required";
        }

        if (JsonBody.String(settings, "channel") is not { } givenChannel)
        {
            return "settings.channel is required (a string)";
        }

        if (Encoding.UTF8.GetByteCount(givenChannel) >= 64)
        {
            return "settings.channel must be shorter than 64 bytes";
        }

        if (JsonBody.String(settings, "uid") is not { } givenUid)
        {
            return "settings.uid is required (a string)";
        }

        if (Encoding.UTF8.GetByteCount(givenUid) > 255
            || (givenUid.Length > 0 && givenUid.All(char.IsAsciiDigit) && !(ulong.TryParse(givenUid, NumberStyles.None, CultureInfo.InvariantCulture, out ulong number) && number <= uint.MaxValue)))
        {
            return "settings.uid must be a number from 1 to 4294967295 or a string of at most 255 bytes";
        }

        if (givenChannel.Length == 0 && givenUid is "" or "0")
        {
            return "settings.channel and settings.uid must not both be empty";
        }

        if (JsonBody.Long(settings, "expiresAfter") is not { } givenExpiry || givenExpiry < 0)
        {
            return "settings.expiresAfter is required: seconds, 0 for never";
        }

        if (settings.TryGetProperty("templateId", out JsonElement template) && template.ValueKind != JsonValueKind.Null)
        {
            if (template.ValueKind != JsonValueKind.String || MediaGatewayTemplateRules.TemplateIdProblem(template.GetString()!) is not null)
            {
                return "settings.templateId must be 1 to 12 ASCII letters and digits";
            }

            templateId = template.GetString();
        }

        channel = givenChannel;
        uid = givenUid;
        expiresAfter = givenExpiry;
        return null;
    }

    // PATCH replaces units only: transcoding.video, transcoding.audio, jitterBuffer.
    private static string? OnlyUnitsProblem(JsonElement settings)
    {
        foreach (JsonProperty property in settings.EnumerateObject())
        {
            if (property.Name is not ("transcoding" or "jitterBuffer"))
            {
                return $"settings.{property.Name} cannot be updated: send settings.transcoding.video, settings.transcoding.audio or settings.jitterBuffer";
            }
        }

        if (settings.TryGetProperty("transcoding", out JsonElement transcoding) && transcoding.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in transcoding.EnumerateObject())
            {
                if (property.Name is not ("video" or "audio"))
                {
                    return $"settings.transcoding.{property.Name} cannot be updated: send settings.transcoding.video or settings.transcoding.audio";
                }
            }
        }

        return null;
    }

    private static string? UnitsProblem(JsonElement settings, out JsonElement? video, out JsonElement? audio, out JsonElement? jitterBuffer)
    {
        video = audio = jitterBuffer = null;
        if (settings.TryGetProperty("transcoding", out JsonElement transcoding) && transcoding.ValueKind != JsonValueKind.Null)
        {
            if (transcoding.ValueKind != JsonValueKind.Object)
            {
                return "settings.transcoding must be an object";
            }

            video = Present(transcoding, "video");
            audio = Present(transcoding, "audio");
        }

        jitterBuffer = Present(settings, "jitterBuffer");
        return (video is { } v ? MediaGatewayTemplateRules.VideoProblem(v) : null)
            ?? (audio is { } a ? MediaGatewayTemplateRules.AudioProblem(a) : null)
            ?? (jitterBuffer is { } j ? MediaGatewayTemplateRules.JitterBufferProblem(j) : null);
    }

    private static JsonElement? Present(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static JsonElement Settings(JsonDocument? body) =>
        body is not null && body.RootElement.TryGetProperty("settings", out JsonElement settings) ? settings : default;

    private static bool? Boolean(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    // A seeded stream is Running: media flows, so video and audio are described (a 720p30 source with stereo 48 kHz).
    private static StreamInfo Describe(OnlineStream stream) => new(
        stream.Sid,
        stream.Channel,
        stream.Uid,
        stream.Url,
        "Running",
        stream.BeginAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        Bitrate: 2128,
        new VideoInfo(1280, 720, 30),
        new AudioInfo(2, 48000));

    private static Task KeyAnswerAsync(HttpContext context, StreamKey key) =>
        JsonAnswer.WriteCamelCaseAsync(context, StatusCodes.Status200OK, new KeyAnswer("success", new KeyData(
            key.Key, key.Channel, key.Uid, key.ExpiresAfter, key.CreatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))));

    private static Task SuccessAsync(HttpContext context) =>
        JsonAnswer.WriteCamelCaseAsync(context, StatusCodes.Status200OK, new Success("success"));

    private static Task KeyNotFoundAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, "streaming key not found, revoked or expired");

    private static Task StreamNotFoundAsync(HttpContext context) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, "stream not found: no online stream has this sid");

    private static Task TemplateNotFoundAsync(HttpContext context, string templateId) =>
        ErrorAsync(context, StatusCodes.Status404NotFound, $"template '{templateId}' not found");

    private static Task ErrorAsync(HttpContext context, int status, string message) =>
        JsonAnswer.WriteCamelCaseAsync(context, status, new Error("error", message));

    private sealed record Error(string Status, string Message);

    private sealed record Success(string Status);

    private sealed record KeyAnswer(string Status, KeyData Data);

    private sealed record KeyData(string StreamKey, string Channel, string Uid, long ExpiresAfter, string CreatedAt);

    private sealed record Streams(string Status, IReadOnlyList<StreamInfo> Data);

    private sealed record StreamInfo(string Sid, string Channel, string Uid, string Url, string Status, string BeginAt, int Bitrate, VideoInfo Video, AudioInfo Audio);

    private sealed record VideoInfo(int Width, int Height, int Fps);

    private sealed record AudioInfo(int Channels, int SampleRate);
}
