using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Media Pull's cloud players (<c>/{region}/v1/projects/{appid}/cloud-player/players…</c>): create, update with an
/// increasing sequence, delete, and a paged list. Failures answer <c>{message}</c> (create, delete, list) or
/// <c>{reason}</c> (update): 400 for an invalid request (a player without <c>uid</c> or <c>account</c>, as documented),
/// 409 for a name already used in the project, 404 for a player that is not there.
/// </summary>
internal sealed class MediaPullEndpoints
{
    private const string Fields = "player.name,player.streamUrl,player.channelName,player.uid,player.account,player.id,player.createTs,player.status";
    private static readonly double[] Tempos = [0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0];

    private readonly CloudPlayers _players;
    private readonly TimeProvider _time;

    public MediaPullEndpoints(CloudPlayers players, TimeProvider time)
    {
        _players = players;
        _time = time;
    }

    public async Task CreateAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, "X-Request-ID");
        if (!MediaAnswers.IsRegion(request["region"]))
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "invalid region: use cn, ap, na or eu (lowercase)").ConfigureAwait(false);
            return;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        JsonElement player = body is not null && body.RootElement.TryGetProperty("player", out JsonElement found) ? found : default;
        if (player.ValueKind != JsonValueKind.Object)
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "player is required").ConfigureAwait(false);
            return;
        }

        if (CreateProblem(player, _time.GetUtcNow(), out CloudPlayerSettings? settings) is { } problem)
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        if (_players.Create(request["appid"], request["region"], settings!) is not { } created)
        {
            await MediaAnswers.MessageAsync(context, StatusCodes.Status409Conflict, $"a player named '{settings!.Name}' already exists in this project").ConfigureAwait(false);
            return;
        }

        var answer = new Created(new PlayerState(created.Settings.Uid, created.Id, created.CreateTs, Status(created)), "player.uid,player.id,player.createTs,player.status");
        await MediaAnswers.OkAsync(context, answer, created.Id).ConfigureAwait(false);
    }

    public async Task UpdateAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, "X-Request-ID");
        string id = request["playerid"];
        if (!long.TryParse(context.Request.Query["sequence"], NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
        {
            await MediaAnswers.ReasonAsync(context, StatusCodes.Status400BadRequest, "sequence is required: an integer of 0 or more", id).ConfigureAwait(false);
            return;
        }

        using JsonDocument? body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        JsonElement player = body is not null && body.RootElement.TryGetProperty("player", out JsonElement found) ? found : default;
        string? problem = player.ValueKind != JsonValueKind.Object ? "player is required" : UpdateProblem(player);
        if (problem is not null)
        {
            await MediaAnswers.ReasonAsync(context, StatusCodes.Status400BadRequest, problem, id).ConfigureAwait(false);
            return;
        }

        UpdateOutcome outcome = _players.Find(request["appid"], request["region"], id) is { } existing
            ? _players.Update(existing, sequence, settings => settings with
            {
                StreamUrl = JsonBody.String(player, "streamUrl") ?? settings.StreamUrl,
                IsPaused = player.TryGetProperty("isPause", out JsonElement pause) && pause.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? pause.GetBoolean()
                    : settings.IsPaused,
            })
            : UpdateOutcome.NotFound;
        switch (outcome)
        {
            case UpdateOutcome.Updated:
                await MediaAnswers.EmptyAsync(context, id).ConfigureAwait(false);
                break;
            case UpdateOutcome.StaleSequence:
                await MediaAnswers.ReasonAsync(context, StatusCodes.Status400BadRequest, "sequence must be greater than the sequence of the player's last update", id).ConfigureAwait(false);
                break;
            default:
                await MediaAnswers.ReasonAsync(context, StatusCodes.Status404NotFound, "Resource is not found and destroyed.", id).ConfigureAwait(false);
                break;
        }
    }

    public Task DeleteAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, "X-Request-ID");
        string id = request["playerid"];

        // Deleting a player that was already destroyed succeeds, as Agora documents; one that never was is not found.
        return _players.Delete(request["appid"], request["region"], id)
            ? MediaAnswers.EmptyAsync(context, id)
            : MediaAnswers.MessageAsync(context, StatusCodes.Status404NotFound, "Resource is not found and destroyed.", id);
    }

    public Task ListAsync(RouteRequest request)
    {
        HttpContext context = request.Context;
        MediaAnswers.EchoRequestId(context, "X-Request-ID");
        IQueryCollection query = context.Request.Query;
        string? channel = null;
        if (query["filter"].ToString() is { Length: > 0 } filter)
        {
            const string Prefix = "channelName eq ";
            if (!filter.StartsWith(Prefix, StringComparison.Ordinal) || !MediaAnswers.IsChannelName(filter[Prefix.Length..]))
            {
                return MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "invalid filter: only 'channelName eq <channel>' is supported");
            }

            channel = filter[Prefix.Length..];
        }

        int pageSize = 200;
        if (query.ContainsKey("pageSize")
            && (!int.TryParse(query["pageSize"], NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > 500))
        {
            return MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "invalid pageSize: 1 to 500");
        }

        long from = 0;
        if (query["pageToken"].ToString() is { Length: > 0 } token
            && (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out from) || from < 1))
        {
            return MediaAnswers.MessageAsync(context, StatusCodes.Status400BadRequest, "invalid pageToken: pass the nextPageToken of the previous page");
        }

        (var page, int total, long next) = _players.List(request["appid"], channel, from, pageSize);
        PlayerEntry[] players = page.Select(p => new PlayerEntry(
            p.Settings.Name, p.Settings.StreamUrl, p.Settings.ChannelName, p.Settings.Account is null ? p.Settings.Uid : null, p.Settings.Account, p.Id, p.CreateTs, Status(p))).ToArray();

        // The last page's token is empty: the client stops on an empty token or "0".
        string nextToken = next == 0 ? string.Empty : next.ToString(CultureInfo.InvariantCulture);
        return MediaAnswers.OkAsync(context, new Listed(total, players, Fields, nextToken));
    }

    // A paused player keeps its stream open without playing it: Agora's "idle".
    private static string Status(CloudPlayer player) => player.Settings.IsPaused ? "idle" : "running";

    private static string? CreateProblem(JsonElement player, DateTimeOffset now, out CloudPlayerSettings? settings)
    {
        settings = null;
        string? channel = JsonBody.String(player, "channelName");
        string? streamUrl = JsonBody.String(player, "streamUrl");
        string? account = JsonBody.String(player, "account");
        bool hasUid = player.TryGetProperty("uid", out JsonElement uidValue) && uidValue.ValueKind != JsonValueKind.Null;
        string name = JsonBody.String(player, "name") ?? string.Empty;
        string? problem = !MediaAnswers.IsChannelName(channel) ? "player.channelName is required: up to 64 bytes of letters, digits, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
            : !IsStreamUrl(streamUrl) ? "player.streamUrl is required: an http, https or rtmp URL of up to 1024 characters"
            : !hasUid && account is null ? "player.uid or player.account is required"
            : hasUid && account is not null ? "give player.uid or player.account, not both"
            : hasUid && !(uidValue.TryGetInt64(out long number) && number is >= 0 and <= uint.MaxValue) ? "player.uid must be an integer from 0 to 4294967295"
            : account is not null && (account.Length == 0 || Encoding.UTF8.GetByteCount(account) > 255) ? "player.account must be 1 to 255 bytes"
            : !MediaAnswers.IsName(name) ? "player.name: up to 64 of a-z A-Z 0-9 - _"
            : OptionsProblem(player, now);
        if (problem is not null)
        {
            return problem;
        }

        // Out-of-range idle timeouts are clamped to 5..600 seconds, as documented, not refused.
        int idle = (int)Math.Clamp(JsonBody.Long(player, "idleTimeout") ?? 300, 5, 600);
        settings = new CloudPlayerSettings(channel!, hasUid ? uidValue.GetInt64() : null, account, name, streamUrl!, idle, IsPaused: false);
        return null;
    }

    private static string? OptionsProblem(JsonElement player, DateTimeOffset now)
    {
        if (player.TryGetProperty("audioOptions", out JsonElement audio) && AudioProblem(audio) is { } audioProblem)
        {
            return audioProblem;
        }

        if (player.TryGetProperty("videoOptions", out JsonElement video) && video.ValueKind == JsonValueKind.Object)
        {
            string? videoProblem = OutOf(video, "width", 66, 1920) ?? OutOf(video, "height", 66, 1080) ?? OutOf(video, "frameRate", 5, 30)
                ?? OutOf(video, "bitrate", 1, 10000) ?? OutOf(video, "gop", 1, 10);
            if (videoProblem is not null)
            {
                return "player.videoOptions." + videoProblem;
            }
        }

        if (JsonBody.Long(player, "playTs") is { } playTs and not 0)
        {
            long t = now.ToUnixTimeSeconds();
            if (playTs < t - 86400 || playTs > t + 300)
            {
                return "player.playTs must be 0 or within a day before and 5 minutes after now";
            }
        }

        if (JsonBody.Long(player, "repeatTime") == 0)
        {
            return "player.repeatTime must be 1, -1 or a positive count";
        }

        return TempoProblem(player);
    }

    private static string? UpdateProblem(JsonElement player)
    {
        if (player.TryGetProperty("audioOptions", out JsonElement audio) && AudioProblem(audio) is { } audioProblem)
        {
            return audioProblem;
        }

        if (player.TryGetProperty("streamUrl", out JsonElement url) && url.ValueKind != JsonValueKind.Null && !IsStreamUrl(JsonBody.String(player, "streamUrl")))
        {
            return "player.streamUrl must be an http, https or rtmp URL of up to 1024 characters";
        }

        return TempoProblem(player);
    }

    private static string? AudioProblem(JsonElement audio)
    {
        if (audio.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (OutOf(audio, "volume", 0, 200) is { } volume)
        {
            return "player.audioOptions." + volume;
        }

        return JsonBody.Long(audio, "profile") is { } profile && profile is not (0 or 1 or 2 or 4)
            ? "player.audioOptions.profile must be 0, 1, 2 or 4"
            : null;
    }

    private static string? TempoProblem(JsonElement player) =>
        player.TryGetProperty("tempo", out JsonElement tempo) && tempo.ValueKind == JsonValueKind.Number && !Tempos.Contains(tempo.GetDouble())
            ? "player.tempo must be one of 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0"
            : null;

    private static string? OutOf(JsonElement parent, string name, long min, long max) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
        && !(value.TryGetInt64(out long number) && number >= min && number <= max)
            ? $"{name} must be from {min} to {max}"
            : null;

    private static bool IsStreamUrl(string? url) =>
        url is { Length: > 0 and <= 1024 }
        && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
        && uri.Scheme is "http" or "https" or "rtmp" or "rtmps";

    private sealed record PlayerState(long? Uid, string Id, long CreateTs, string Status);

    private sealed record Created(PlayerState Player, string Fields);

    private sealed record PlayerEntry(string Name, string StreamUrl, string ChannelName, long? Uid, string? Account, string Id, long CreateTs, string Status);

    private sealed record Listed(int TotalSize, PlayerEntry[] Players, string Fields, string NextPageToken);
}
