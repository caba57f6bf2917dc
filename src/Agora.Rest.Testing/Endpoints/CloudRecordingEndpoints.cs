using System;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Cloud Recording, <c>/v1/apps/{appid}/cloud_recording/…</c>, as a state machine: acquire gives a resource id
/// (valid five minutes), start turns it into a recording with a sid, query and update need the running recording,
/// stop ends it and lists the files. Failures answer Agora's <c>{code, reason}</c>: code 2 for an invalid
/// parameter, 7 for a second start on one resource id, and 404 for a recording that is not running.
/// </summary>
internal sealed class CloudRecordingEndpoints
{
    private const int InvalidParameter = 2;
    private const int AlreadyRunning = 7;

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

        RecordingResource resource = _sessions.Acquire(request["appid"], channel, uid);
        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Acquired(channel, uid, resource.Id)).ConfigureAwait(false);
    }

    public async Task StartAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        string mode = request["mode"];
        string? problem = ChannelAndUid(body, out string channel, out string uid)
            ?? (IsMode(mode) ? null : "invalid mode: use individual, mix or web")
            ?? StorageProblem(body!.RootElement);
        if (problem is not null)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Start: " + problem).ConfigureAwait(false);
            return;
        }

        switch (_sessions.Start(request["appid"], request["resourceId"], mode, channel, uid, out RecordingResource? started))
        {
            case StartOutcome.Started:
                await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Started(channel, uid, started!.Id, started.Sid!)).ConfigureAwait(false);
                break;
            case StartOutcome.AlreadyRunning:
                await ErrorAsync(request.Context, AlreadyRunning, "Start: recording is already running on this resource id").ConfigureAwait(false);
                break;
            case StartOutcome.NotTheAcquiredChannelOrUid:
                await ErrorAsync(request.Context, InvalidParameter, "Start: cname and uid must be those given to acquire").ConfigureAwait(false);
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

        var response = new QueryServerResponse(Status: 5, FileListMode: "string", FileList: string.Empty, SliceStartTime: 0);
        return JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Queried(recording.Id, recording.Sid!, response));
    }

    public async Task UpdateAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (ChannelAndUid(body, out string channel, out string uid) is { } problem)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Update: " + problem).ConfigureAwait(false);
            return;
        }

        if (_sessions.Running(request["appid"], request["resourceId"], request["sid"], request["mode"]) is not { } recording
            || recording.Channel != channel || recording.Uid != uid)
        {
            await NotRunningAsync(request.Context).ConfigureAwait(false);
            return;
        }

        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Updated(recording.Id, recording.Sid!, uid, channel)).ConfigureAwait(false);
    }

    public async Task StopAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (ChannelAndUid(body, out string channel, out string uid) is { } problem)
        {
            await ErrorAsync(request.Context, InvalidParameter, "Stop: " + problem).ConfigureAwait(false);
            return;
        }

        RecordingResource? running = _sessions.Running(request["appid"], request["resourceId"], request["sid"], request["mode"]);
        if (running is null || running.Channel != channel || running.Uid != uid
            || _sessions.Stop(request["appid"], request["resourceId"], request["sid"], request["mode"]) is not { } stopped)
        {
            await NotRunningAsync(request.Context).ConfigureAwait(false);
            return;
        }

        string file = $"{stopped.Sid}_{stopped.Channel}.m3u8";
        var files = new[] { new RecordedFile(file, "audio_and_video", "0", MixedAllUser: true, IsPlayable: true, SliceStartTime: 0) };
        var response = new StopServerResponse("json", files, "uploaded");
        await JsonAnswer.WriteCamelCaseAsync(request.Context, StatusCodes.Status200OK, new Stopped(stopped.Id, stopped.Sid!, response)).ConfigureAwait(false);
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

        if (JsonBody.String(body.RootElement, "uid") is not { } text
            || !uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out uint number) || number == 0)
        {
            return "uid must be a string holding an integer from 1 to 4294967295";
        }

        channel = cname;
        uid = text;
        return null;
    }

    private static bool IsMode(string mode) => mode is "individual" or "mix" or "web";

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

    private sealed record Started(string Cname, string Uid, string ResourceId, string Sid);

    private sealed record QueryServerResponse(int Status, string FileListMode, string FileList, long SliceStartTime);

    private sealed record Queried(string ResourceId, string Sid, QueryServerResponse ServerResponse);

    private sealed record Updated(string ResourceId, string Sid, string Uid, string Cname);

    private sealed record RecordedFile(string FileName, string TrackType, string Uid, bool MixedAllUser, bool IsPlayable, long SliceStartTime);

    private sealed record StopServerResponse(string FileListMode, RecordedFile[] FileList, string UploadingStatus);

    private sealed record Stopped(string ResourceId, string Sid, StopServerResponse ServerResponse);
}
