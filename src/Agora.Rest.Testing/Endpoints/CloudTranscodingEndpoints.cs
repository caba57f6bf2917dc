using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Cloud Transcoding (<c>/v1/projects/{appid}/rtsc/cloud-transcoder/…</c> and <c>/rtls/abr/config/codecs</c>): a builder
/// token (valid five minutes, for one task) creates a task, which query, update (with an increasing
/// <c>sequenceId</c> and the documented <c>updateMask</c>) and delete reach with the same token. Failures answer
/// <c>{message}</c>, the template operations <c>{status: "error", message}</c>: 400 for an invalid request or an unknown
/// or lapsed token, 409 for a token that already created a task, 404 for a task that is not running.
/// </summary>
internal sealed class CloudTranscodingEndpoints
{
    private const string ServiceType = "cloudTranscoderV2";
    private const string FullUpdate = "services.cloudTranscoder.config";

    private static readonly string[] RegionFields = ["x", "y", "width", "height", "zOrder"];

    private readonly TranscodingTasks _tasks;

    public CloudTranscodingEndpoints(TranscodingTasks tasks)
    {
        _tasks = tasks;
    }

    public async Task AcquireAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        string? instanceId = body is null ? null : JsonBody.String(body.RootElement, "instanceId");
        string? problem = body is null ? "invalid request body"
            : instanceId is not { Length: > 0 and <= 64 } || !instanceId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? "instanceId is required: up to 64 of A-Z a-z 0-9 _ -"
            : ServicesProblem(body.RootElement, out _);
        if (problem is not null)
        {
            await MessageAsync(request.Context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        BuilderToken token = _tasks.Acquire(request["appid"], instanceId!);
        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Acquired(token.AcquiredAt.ToUnixTimeSeconds(), token.InstanceId, token.Name)).ConfigureAwait(false);
    }

    public async Task CreateAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        string token = context.Request.Query["builderToken"].ToString();
        using JsonDocument? body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        JsonObject? transcoder = null;
        string? problem = token.Length == 0 ? "builderToken is required" : body is null ? "invalid request body" : ServicesProblem(body.RootElement, out transcoder);
        if (problem is not null)
        {
            await MessageAsync(context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        switch (_tasks.Create(request["appid"], token, transcoder!, out TranscodingTask? task))
        {
            case TokenOutcome.Accepted:
                await TaskAsync(context, task!, "STARTED", "serviceReady", string.Empty).ConfigureAwait(false);
                break;
            case TokenOutcome.Used:
                await MessageAsync(context, StatusCodes.Status409Conflict, "builderToken has already created a task: acquire a new one for each task").ConfigureAwait(false);
                break;
            case TokenOutcome.Expired:
                await MessageAsync(context, StatusCodes.Status400BadRequest, "builderToken has expired (valid 5 minutes): acquire a new one").ConfigureAwait(false);
                break;
            default:
                await MessageAsync(context, StatusCodes.Status400BadRequest, "invalid builderToken").ConfigureAwait(false);
                break;
        }
    }

    public Task QueryAsync(RouteRequest request) =>
        Running(request, out TranscodingTask? task) is { } failure
            ? failure
            : TaskAsync(request.Context, task!, "IN_PROGRESS", "serviceInProgress", "OnSlaveServiceQueryUpdated");

    public async Task UpdateAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        using JsonDocument? body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (Running(request, out TranscodingTask? task) is { } failure)
        {
            await failure.ConfigureAwait(false);
            return;
        }

        IQueryCollection query = context.Request.Query;
        JsonObject? transcoder = null;
        string? problem = !long.TryParse(query["sequenceId"], NumberStyles.None, CultureInfo.InvariantCulture, out long sequence) ? "sequenceId is required: an integer of 0 or more, above the last update's"
            : query["updateMask"].ToString() != FullUpdate ? "updateMask must be " + FullUpdate
            : body is null ? "invalid request body"
            : ServicesProblem(body.RootElement, out transcoder);
        if (problem is not null)
        {
            await MessageAsync(context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        if (!_tasks.Update(task!, sequence, transcoder!))
        {
            await MessageAsync(context, StatusCodes.Status400BadRequest, "sequenceId must be greater than the sequenceId of the task's last update").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.Headers["X-Request-ID"] = Guid.NewGuid().ToString("N");
    }

    public Task DeleteAsync(RouteRequest request)
    {
        if (Running(request, out TranscodingTask? task) is { } failure)
        {
            return failure;
        }

        _tasks.Destroy(request["appid"], task!.Id);
        return TaskAsync(request.Context, task, "STOPPED", "serviceCompleted", "OnSlaveServiceStopped");
    }

    public async Task SaveTemplateAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        JsonElement root = body?.RootElement ?? default;
        JsonElement video = body is not null && root.TryGetProperty("video", out JsonElement found) ? found : default;
        bool hasEnabled = body is not null && root.TryGetProperty("enabled", out JsonElement enabled) && enabled.ValueKind is JsonValueKind.True or JsonValueKind.False;
        long? width = video.ValueKind == JsonValueKind.Object ? JsonBody.Long(video, "width") : null;
        long? height = video.ValueKind == JsonValueKind.Object ? JsonBody.Long(video, "height") : null;
        long? fps = video.ValueKind == JsonValueKind.Object ? JsonBody.Long(video, "fps") : null;
        string? problem = body is null ? "invalid request body"
            : !hasEnabled ? "enabled is required (true or false)"
            : width is not > 0 || height is not > 0 || fps is not > 0 ? "video with a positive width, height and fps is required"
            : null;
        if (problem is not null)
        {
            await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status400BadRequest, new TemplateError("error", problem)).ConfigureAwait(false);
            return;
        }

        _tasks.SaveTemplate(request["appid"], new TranscodingTemplate(request["codecId"], root.GetProperty("enabled").GetBoolean(), width!.Value, height!.Value, fps!.Value));
        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new TemplateSaved("success")).ConfigureAwait(false);
    }

    public Task ListTemplatesAsync(RouteRequest request)
    {
        TemplateEntry[] codecs = _tasks.Templates(request["appid"])
            .Select(t => new TemplateEntry(t.Id, t.Enabled, new TemplateVideo(t.Width, t.Height, t.Fps)))
            .ToArray();

        // Viewer-side multi-bitrate is on while at least one template is enabled.
        var data = new TemplateData(codecs.Any(c => c.Enabled), codecs);
        return JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new TemplateList("success", data));
    }

    // The running task named in the path, reached with the builder token it was created with; else the failure to answer.
    private Task? Running(RouteRequest request, out TranscodingTask? task)
    {
        string token = request.Context.Request.Query["builderToken"].ToString();
        task = null;
        if (token.Length == 0)
        {
            return MessageAsync(request.Context, StatusCodes.Status400BadRequest, "builderToken is required");
        }

        task = _tasks.Find(request["appid"], request["taskId"]);
        if (task is null)
        {
            return MessageAsync(request.Context, StatusCodes.Status404NotFound, "task not found");
        }

        return task.TokenName == token ? null : MessageAsync(request.Context, StatusCodes.Status400BadRequest, "builderToken is not the token this task was created with");
    }

    private static Task TaskAsync(HttpContext context, TranscodingTask task, string status, string serviceStatus, string message)
    {
        var answer = new JsonObject
        {
            ["taskId"] = task.Id,
            ["createTs"] = task.CreateTs,
            ["status"] = status,
            ["sequenceId"] = (task.LastSequence ?? 0).ToString(CultureInfo.InvariantCulture),
            ["services"] = new JsonObject
            {
                ["cloudTranscoder"] = new JsonObject
                {
                    ["config"] = new JsonObject { ["transcoder"] = task.Transcoder.DeepClone() },
                    ["createTs"] = task.CreateTs,
                    ["details"] = new JsonObject(),
                    ["message"] = message,
                    ["serviceType"] = ServiceType,
                    ["status"] = serviceStatus,
                },
            },
            ["eventHandlers"] = new JsonObject(),
            ["execution"] = new JsonObject { ["workflows"] = new JsonObject() },
            ["properties"] = new JsonObject(),
            ["variables"] = new JsonObject(),
            ["workflows"] = new JsonObject(),
        };
        return JsonAnswer.WriteCamelCaseAsync(context, StatusCodes.Status200OK, answer);
    }

    private static Task MessageAsync(HttpContext context, int status, string message) =>
        JsonAnswer.WriteCamelCaseAsync(context, status, new MessageBody(message));

    // services.cloudTranscoder {serviceType, config.transcoder}, with the transcoder configuration's documented rules.
    private static string? ServicesProblem(JsonElement root, out JsonObject? transcoder)
    {
        transcoder = null;
        if (!root.TryGetProperty("services", out JsonElement services) || services.ValueKind != JsonValueKind.Object
            || !services.TryGetProperty("cloudTranscoder", out JsonElement service) || service.ValueKind != JsonValueKind.Object)
        {
            return "services.cloudTranscoder is required";
        }

        if (JsonBody.String(service, "serviceType") != ServiceType)
        {
            return "services.cloudTranscoder.serviceType must be " + ServiceType;
        }

        if (!service.TryGetProperty("config", out JsonElement config) || config.ValueKind != JsonValueKind.Object
            || !config.TryGetProperty("transcoder", out JsonElement found) || found.ValueKind != JsonValueKind.Object)
        {
            return "services.cloudTranscoder.config.transcoder is required";
        }

        string? problem = TranscoderProblem(found);
        if (problem is null)
        {
            transcoder = (JsonObject)JsonNode.Parse(found.GetRawText())!;
        }

        return problem is null ? null : "transcoder." + problem;
    }

    private static string? TranscoderProblem(JsonElement t)
    {
        if (OutOf(t, "idleTimeout", 1, 86400) is { } idle)
        {
            return idle;
        }

        if (JsonBody.String(t, "streamProcessMode") is { } mode && mode is not ("mix" or "heterogeneous-single" or "single"))
        {
            return "streamProcessMode must be mix, heterogeneous-single or single";
        }

        if (!t.TryGetProperty("canvas", out JsonElement canvas) || canvas.ValueKind != JsonValueKind.Object
            || JsonBody.Long(canvas, "width") is null || JsonBody.Long(canvas, "height") is null || JsonBody.Long(canvas, "color") is null)
        {
            return "canvas with width, height and color is required";
        }

        string? problem = OutOf(canvas, "width", 120, 3840) ?? OutOf(canvas, "height", 120, 3840) ?? OutOf(canvas, "color", 0, 16777215);
        if (problem is not null)
        {
            return "canvas." + problem;
        }

        foreach (JsonElement input in Items(t, "audioInputs"))
        {
            if ((OutOf(input, "volume", 0, 200) ?? RtcProblem(input, required: false)) is { } audio)
            {
                return "audioInputs[]." + audio;
            }
        }

        foreach (JsonElement input in Items(t, "videoInputs"))
        {
            if ((RegionProblem(input, minZOrder: 2) ?? RtcProblem(input, required: false)) is { } video)
            {
                return "videoInputs[]." + video;
            }
        }

        foreach (JsonElement mark in Items(t, "waterMarks"))
        {
            if ((JsonBody.String(mark, "imageUrl") is not { Length: > 0 } ? "imageUrl is required" : RegionProblem(mark, minZOrder: 0)) is { } watermark)
            {
                return "waterMarks[]." + watermark;
            }
        }

        JsonElement[] outputs = Items(t, "outputs").ToArray();
        if (outputs.Length == 0)
        {
            return "outputs is required: at least one output";
        }

        foreach (JsonElement output in outputs)
        {
            if ((RtcProblem(output, required: true) ?? VideoOptionProblem(output)) is { } bad)
            {
                return "outputs[]." + bad;
            }
        }

        // One task publishes to one RTC channel.
        return outputs.Select(o => JsonBody.String(o.GetProperty("rtc"), "rtcChannel")).Distinct().Count() > 1
            ? "outputs: one task publishes to one RTC channel; use a task per channel"
            : null;
    }

    private static string? RtcProblem(JsonElement parent, bool required)
    {
        if (!parent.TryGetProperty("rtc", out JsonElement rtc) || rtc.ValueKind == JsonValueKind.Null)
        {
            return required ? "rtc is required" : null;
        }

        return rtc.ValueKind == JsonValueKind.Object && JsonBody.String(rtc, "rtcChannel") is { Length: > 0 }
            && JsonBody.Long(rtc, "rtcUid") is >= 0 and <= uint.MaxValue && JsonBody.String(rtc, "rtcToken") is not null
            ? null
            : "rtc needs rtcChannel, rtcUid (0 to 4294967295) and rtcToken";
    }

    private static string? RegionProblem(JsonElement parent, int minZOrder)
    {
        if (!parent.TryGetProperty("region", out JsonElement region) || region.ValueKind != JsonValueKind.Object
            || RegionFields.Any(f => JsonBody.Long(region, f) is null))
        {
            return "region with x, y, width, height and zOrder is required";
        }

        string? problem = OutOf(region, "x", 0, 3840) ?? OutOf(region, "y", 0, 3840) ?? OutOf(region, "width", 120, 3840)
            ?? OutOf(region, "height", 120, 3840) ?? OutOf(region, "zOrder", minZOrder, 100);
        return problem is null ? null : "region." + problem;
    }

    private static string? VideoOptionProblem(JsonElement output)
    {
        if (!output.TryGetProperty("videoOption", out JsonElement video) || video.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (JsonBody.Long(video, "width") is null || JsonBody.Long(video, "height") is null || JsonBody.Long(video, "bitrate") is null)
        {
            return "videoOption needs width, height, bitrate and codec";
        }

        string? problem = OutOf(video, "width", 120, 3840) ?? OutOf(video, "height", 120, 3840) ?? OutOf(video, "bitrate", 1, 10000)
            ?? OutOf(video, "fps", 1, 30)
            ?? (JsonBody.String(video, "codec") is "H264" or "H265" ? null : "codec must be H264 or H265");
        return problem is null ? null : "videoOption." + problem;
    }

    private static System.Collections.Generic.IEnumerable<JsonElement> Items(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    private static string? OutOf(JsonElement parent, string name, long min, long max) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
        && !(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number) && number >= min && number <= max)
            ? $"{name} must be from {min} to {max}"
            : null;

    private sealed record MessageBody(string Message);

    private sealed record Acquired(long CreateTs, string InstanceId, string TokenName);

    private sealed record TemplateError(string Status, string Message);

    private sealed record TemplateSaved(string Status);

    private sealed record TemplateVideo(long Width, long Height, long Fps);

    private sealed record TemplateEntry(string Id, bool Enabled, TemplateVideo Video);

    private sealed record TemplateData(bool Enabled, TemplateEntry[] Codecs);

    private sealed record TemplateList(string Status, TemplateData Data);
}
