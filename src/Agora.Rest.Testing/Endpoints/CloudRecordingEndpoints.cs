using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Cloud Recording, <c>/v1/apps/{appid}/cloud_recording/…</c>, as a state machine: acquire gives a resource id
/// (valid five minutes; scene 1 for web mode), start turns it into a recording with a sid, query, update and
/// updateLayout (mix only) need the running recording in the mode it started in, stop ends it and lists the files.
/// Failures answer Agora's <c>{code, reason}</c>: code 2 for an invalid parameter, 1028 for an invalid layout, 7 for
/// a second start on one resource id, and 404 "failed to find worker" for a recording that is not running (or runs
/// in another mode).
/// </summary>
internal sealed class CloudRecordingEndpoints
{
    private const int InvalidParameter = 2;
    private const int AlreadyRunning = 7;
    private const int InvalidLayout = 1028;
    private const string Web = "web";

    private readonly RecordingSessions _sessions;

    public CloudRecordingEndpoints(RecordingSessions sessions)
    {
        _sessions = sessions;
    }

    public async Task AcquireAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (ChannelAndUid(body, out string channel, out string uid) is { } problem)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Acquire: " + problem).ConfigureAwait(false);
            return;
        }

        JsonElement clientRequest = body!.RootElement.TryGetProperty("clientRequest", out JsonElement found) ? found : default;
        if (clientRequest.ValueKind == JsonValueKind.Object
            && clientRequest.TryGetProperty("resourceExpiredHour", out JsonElement hours)
            && hours.ValueKind != JsonValueKind.Null
            && !(hours.ValueKind == JsonValueKind.Number && hours.TryGetInt32(out int value) && value is >= 1 and <= 720))
        {
            await ErrorAsync(request.Context, InvalidParameter, "Acquire: invalid resourceExpiredHour value!").ConfigureAwait(false);
            return;
        }

        // scene: 0 (the default) real-time recording, 1 web page recording.
        int scene = 0;
        if (clientRequest.ValueKind == JsonValueKind.Object
            && clientRequest.TryGetProperty("scene", out JsonElement sceneElement)
            && sceneElement.ValueKind != JsonValueKind.Null
            && !(sceneElement.ValueKind == JsonValueKind.Number && sceneElement.TryGetInt32(out scene) && scene is 0 or 1))
        {
            await ErrorAsync(request.Context, InvalidParameter, "Acquire: invalid scene: use 0 (real-time recording) or 1 (web page recording)").ConfigureAwait(false);
            return;
        }

        RecordingResource resource = _sessions.Acquire(request["appid"], channel, uid, scene);
        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Acquired(channel, uid, resource.Id)).ConfigureAwait(false);
    }

    public async Task StartAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        string mode = request["mode"];
        string? problem = ChannelAndUid(body, out string channel, out string uid)
            ?? (IsMode(mode) ? null : "invalid mode: use individual, mix or web")
            ?? StorageProblem(body!.RootElement);
        RecordingStart? start = null;
        if (problem is null)
        {
            JsonElement clientRequest = body!.RootElement.GetProperty("clientRequest");
            IReadOnlyList<string> rtmpUrls = [];
            bool onHold = false, hasRtmp = false;
            problem = RecordingRequestRules.AvFileTypes(clientRequest, out IReadOnlyList<string> types)
                ?? (mode == Web ? RecordingRequestRules.WebServices(clientRequest, out onHold, out hasRtmp, out rtmpUrls) : null);
            start = new RecordingStart(mode, channel, uid, types, onHold, hasRtmp, rtmpUrls);
        }

        if (problem is not null)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Start: " + problem).ConfigureAwait(false);
            return;
        }

        switch (_sessions.Start(request["appid"], request["resourceId"], start!, out RecordingResource? started))
        {
            case StartOutcome.Started:
                await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Session(channel, uid, started!.Id, started.Sid!)).ConfigureAwait(false);
                break;
            case StartOutcome.AlreadyRunning:
                await ErrorAsync(request.Context, AlreadyRunning, "Start: recording is already running on this resource id").ConfigureAwait(false);
                break;
            case StartOutcome.NotTheAcquiredChannelOrUid:
                await ErrorAsync(request.Context, InvalidParameter, "Start: cname and uid must be those given to acquire").ConfigureAwait(false);
                break;
            case StartOutcome.WrongScene:
                await ErrorAsync(request.Context, InvalidParameter, mode == Web
                    ? "Start: web mode needs a resource acquired with scene 1"
                    : "Start: individual and mix modes need a resource acquired with scene 0").ConfigureAwait(false);
                break;
            default:
                await ErrorAsync(request.Context, InvalidParameter, "Start: invalid resourceId: unknown, or more than 5 minutes old; acquire a new one").ConfigureAwait(false);
                break;
        }
    }

    public Task QueryAsync(RouteRequest request)
    {
        if (_sessions.Running(request["appid"], request["resourceId"], request["sid"], request["mode"]) is not { } recording)
        {
            return NotRunningAsync(request.Context);
        }

        if (recording.Mode == Web)
        {
            var states = new List<ServiceState> { new("web_recorder_service", WebRecorder(recording, "inProgress")) };
            if (recording.HasRtmpPublish)
            {
                string status = recording.OnHold ? "onhold" : "publishing";
                states.Add(new ServiceState("rtmp_publish_service", new RtmpPayload(recording.RtmpUrls.Select(u => new RtmpOutput(u, status)).ToArray(), "inProgress")));
            }

            return JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new WebQueried(
                recording.Channel, recording.Uid, recording.Id, recording.Sid!, new WebQueryServerResponse(Status: 5, states)));
        }

        var response = new QueryServerResponse(
            Status: 5, FileListMode: "string", FileList: M3u8Name(recording), SliceStartTime: recording.StartedAt.ToUnixTimeMilliseconds());
        return JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Queried(recording.Channel, recording.Uid, recording.Id, recording.Sid!, response));
    }

    public async Task UpdateAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (ChannelAndUid(body, out string channel, out string uid) is { } problem)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Update: " + problem).ConfigureAwait(false);
            return;
        }

        if (Running(request, channel, uid) is not { } recording)
        {
            await NotRunningAsync(request.Context).ConfigureAwait(false);
            return;
        }

        JsonElement clientRequest = body!.RootElement.TryGetProperty("clientRequest", out JsonElement found) ? found : default;
        if (clientRequest.ValueKind != JsonValueKind.Object)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Update: clientRequest is required").ConfigureAwait(false);
            return;
        }

        bool? onHold = null;
        IReadOnlyList<string>? rtmpUrls = null;
        string? invalid = Has(clientRequest, "storageConfig") ? StorageProblem(body.RootElement) : null;
        if (recording.Mode == Web)
        {
            invalid ??= Has(clientRequest, "streamSubscribe") ? "streamSubscribe is for individual and mix modes" : null;
            if (invalid is null && clientRequest.TryGetProperty("webRecordingConfig", out JsonElement web) && web.ValueKind != JsonValueKind.Null)
            {
                onHold = web.ValueKind == JsonValueKind.Object && web.TryGetProperty("onhold", out JsonElement hold) && hold.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? hold.GetBoolean()
                    : null;
                invalid = onHold is null ? "webRecordingConfig.onhold must be true or false" : null;
            }

            if (invalid is null && clientRequest.TryGetProperty("rtmpPublishConfig", out JsonElement rtmp) && rtmp.ValueKind != JsonValueKind.Null)
            {
                IReadOnlyList<string> urls = [];
                invalid = rtmp.ValueKind != JsonValueKind.Object ? "rtmpPublishConfig must be an object"
                    : RecordingRequestRules.RtmpOutputs(rtmp, out urls) is { } outputs ? "rtmpPublishConfig." + outputs
                    : !recording.HasRtmpPublish ? "rtmpPublishConfig needs the rtmp_publish_service started with the recording"
                    : null;
                rtmpUrls = invalid is null ? urls : null;
            }
        }
        else
        {
            invalid ??= Has(clientRequest, "webRecordingConfig") || Has(clientRequest, "rtmpPublishConfig")
                ? "webRecordingConfig and rtmpPublishConfig are for web mode"
                : RecordingRequestRules.StreamSubscribe(clientRequest);
        }

        if (invalid is not null)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Update: " + invalid).ConfigureAwait(false);
            return;
        }

        _sessions.UpdateWeb(recording, onHold, rtmpUrls);
        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Session(channel, uid, recording.Id, recording.Sid!)).ConfigureAwait(false);
    }

    public async Task UpdateLayoutAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (ChannelAndUid(body, out string channel, out string uid) is { } problem)
        {
            await ErrorAsync(request.Context, InvalidParameter, "UpdateLayout: " + problem).ConfigureAwait(false);
            return;
        }

        // Only composite recordings have a layout: in any other mode there is no mix worker to find.
        if (request["mode"] != "mix" || Running(request, channel, uid) is not { } recording)
        {
            await NotRunningAsync(request.Context).ConfigureAwait(false);
            return;
        }

        JsonElement clientRequest = body!.RootElement.TryGetProperty("clientRequest", out JsonElement found) ? found : default;
        MixLayout? layout = null;
        string? invalid = clientRequest.ValueKind == JsonValueKind.Object
            ? RecordingRequestRules.Layout(clientRequest, out layout)
            : "clientRequest is required";
        if (invalid is not null)
        {
            await ErrorAsync(request.Context, InvalidLayout, "UpdateLayout: " + invalid).ConfigureAwait(false);
            return;
        }

        _sessions.UpdateLayout(recording, layout!);
        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Session(channel, uid, recording.Id, recording.Sid!)).ConfigureAwait(false);
    }

    public async Task StopAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (ChannelAndUid(body, out string channel, out string uid) is { } problem)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Stop: " + problem).ConfigureAwait(false);
            return;
        }

        if (Running(request, channel, uid) is null
            || _sessions.Stop(request["appid"], request["resourceId"], request["sid"], request["mode"]) is not { } stopped)
        {
            await NotRunningAsync(request.Context).ConfigureAwait(false);
            return;
        }

        if (stopped.Mode == Web)
        {
            var states = new[]
            {
                new ServiceState("upload_service", new UploadPayload("uploaded")),
                new ServiceState("web_recorder_service", WebRecorder(stopped, "exit")),
            };
            await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new WebStopped(
                stopped.Channel, stopped.Uid, stopped.Id, stopped.Sid!, new WebStopServerResponse(states))).ConfigureAwait(false);
            return;
        }

        long startedAt = stopped.StartedAt.ToUnixTimeSeconds();
        var files = new[] { new RecordedFile(M3u8Name(stopped), "audio_and_video", "0", MixedAllUser: true, IsPlayable: true, SliceStartTime: startedAt) };
        var response = new StopServerResponse("json", files, "uploaded");
        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Stopped(stopped.Channel, stopped.Uid, stopped.Id, stopped.Sid!, response)).ConfigureAwait(false);
    }

    // The running recording in the path's mode, if the body names its channel and recorder uid.
    private RecordingResource? Running(RouteRequest request, string channel, string uid) =>
        _sessions.Running(request["appid"], request["resourceId"], request["sid"], request["mode"]) is { } recording
        && recording.Channel == channel && recording.Uid == uid
            ? recording
            : null;

    private static string M3u8Name(RecordingResource recording) => $"{recording.Sid}_{recording.Channel}.m3u8";

    // The web recorder writes files only while not on hold: none until a recording started on hold is resumed.
    private static WebRecorderPayload WebRecorder(RecordingResource recording, string state)
    {
        var files = new List<WebFile>();
        if (recording.FirstSliceAt is { } first)
        {
            long at = first.ToUnixTimeSeconds();
            files.AddRange(recording.AvFileTypes.Select(type => new WebFile($"{recording.Sid}_{recording.Channel}_0.{(type == "mp4" ? "mp4" : "m3u8")}", at)));
        }

        return new WebRecorderPayload(files.ToArray(), recording.OnHold, state);
    }

    // cname is required; uid is a string holding a 32-bit unsigned integer other than 0.
    private static string? ChannelAndUid(JsonDocument? body, out string channel, out string uid)
    {
        channel = uid = string.Empty;
        if (body is null)
        {
            return "invalid request body";
        }

        if (JsonBody.String(body.RootElement, "cname") is not { Length: > 0 } cname)
        {
            return "cname is required";
        }

        if (JsonBody.String(body.RootElement, "uid") is not { } text || !RecordingRequestRules.IsUid(text))
        {
            return "uid must be a string holding an integer from 1 to 4294967295";
        }

        channel = cname;
        uid = text;
        return null;
    }

    private static bool IsMode(string mode) => mode is "individual" or "mix" or Web;

    private static bool Has(JsonElement parent, string name) => parent.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    private static string? StorageProblem(JsonElement root)
    {
        if (!root.TryGetProperty("clientRequest", out JsonElement clientRequest)
            || clientRequest.ValueKind != JsonValueKind.Object
            || !clientRequest.TryGetProperty("storageConfig", out JsonElement storage)
            || storage.ValueKind != JsonValueKind.Object)
        {
            return "clientRequest.storageConfig is required";
        }

        foreach (string field in new[] { "bucket", "accessKey", "secretKey" })
        {
            if (JsonBody.String(storage, field) is not { Length: > 0 })
            {
                return $"storageConfig.{field} is required";
            }
        }

        return JsonBody.Long(storage, "vendor") is null ? "storageConfig.vendor is required" : null;
    }

    private static Task ErrorAsync(HttpContext context, int code, string reason) =>
        JsonAnswer.WriteCamelCaseAsync(context, StatusCodes.Status400BadRequest, new CodeAndReason(code, reason));

    private static Task NotRunningAsync(HttpContext context) =>
        JsonAnswer.WriteCamelCaseAsync(context, StatusCodes.Status404NotFound, new CodeAndReason(404, "failed to find worker"));

    private sealed record CodeAndReason(int Code, string Reason);

    private sealed record Acquired(string Cname, string Uid, string ResourceId);

    private sealed record Session(string Cname, string Uid, string ResourceId, string Sid);

    private sealed record QueryServerResponse(int Status, string FileListMode, string FileList, long SliceStartTime);

    private sealed record Queried(string Cname, string Uid, string ResourceId, string Sid, QueryServerResponse ServerResponse);

    private sealed record RecordedFile(string FileName, string TrackType, string Uid, bool MixedAllUser, bool IsPlayable, long SliceStartTime);

    private sealed record StopServerResponse(string FileListMode, RecordedFile[] FileList, string UploadingStatus);

    private sealed record Stopped(string Cname, string Uid, string ResourceId, string Sid, StopServerResponse ServerResponse);

    // Web mode: each extension service reports its own payload; the wire names are lower case (onhold, filename).
    private sealed record ServiceState(string ServiceName, object Payload);

    private sealed record WebFile(string Filename, long SliceStartTime);

    private sealed record WebRecorderPayload(WebFile[] FileList, bool Onhold, string State);

    private sealed record RtmpOutput(string RtmpUrl, string Status);

    private sealed record RtmpPayload(RtmpOutput[] Outputs, string State);

    private sealed record UploadPayload(string UploadingStatus);

    private sealed record WebQueryServerResponse(int Status, IReadOnlyList<ServiceState> ExtensionServiceState);

    private sealed record WebQueried(string Cname, string Uid, string ResourceId, string Sid, WebQueryServerResponse ServerResponse);

    private sealed record WebStopServerResponse(IReadOnlyList<ServiceState> ExtensionServiceState);

    private sealed record WebStopped(string Cname, string Uid, string ResourceId, string Sid, WebStopServerResponse ServerResponse);
}
