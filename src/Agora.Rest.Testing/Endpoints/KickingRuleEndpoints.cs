using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Channel management ban rules, <c>/dev/v1/kicking-rule</c>: create (and kick whoever it bans from joining), list
/// the rules in force, extend, delete. Bounds as documented: <c>time</c> 0–1440 minutes or
/// <c>time_in_seconds</c> 10–86430, 60 minutes when neither is given; privileges among join_channel,
/// publish_audio and publish_video.
/// </summary>
internal sealed class KickingRuleEndpoints
{
    private static readonly HashSet<string> Privileges = new(StringComparer.Ordinal) { "join_channel", "publish_audio", "publish_video" };

    private readonly KickingRuleStore _rules;
    private readonly ChannelDirectory _channels;
    private readonly ISet<string> _appIds;

    public KickingRuleEndpoints(KickingRuleStore rules, ChannelDirectory channels, ISet<string> appIds)
    {
        _rules = rules;
        _channels = channels;
        _appIds = appIds;
    }

    public async Task CreateAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (body is null || AppId(body) is not { } appId)
        {
            await InvalidAsync(request.Context, body is null ? "invalid request body" : "invalid appid").ConfigureAwait(false);
            return;
        }

        JsonElement root = body.RootElement;
        string? channel = JsonBody.String(root, "cname");
        long? uid = JsonBody.Long(root, "uid");
        string? ip = JsonBody.String(root, "ip");
        IReadOnlyList<string>? privileges = ReadPrivileges(root);
        TimeSpan? duration = Duration(root);
        if (privileges is null || duration is null || (channel is null && uid is null && ip is null))
        {
            await InvalidAsync(request.Context, "invalid parameters: give cname, uid or ip, privileges among join_channel, publish_audio, publish_video, and time 0-1440 or time_in_seconds 10-86430").ConfigureAwait(false);
            return;
        }

        KickingRule rule = _rules.Add(appId, channel, uid, ip, duration.Value, privileges);
        if (uid is { } kicked && privileges.Contains("join_channel"))
        {
            _channels.Remove(appId, channel, kicked);
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new StatusAndId("success", rule.Id)).ConfigureAwait(false);
    }

    public Task ListAsync(RouteRequest request)
    {
        string appId = request.Context.Request.Query["appid"].ToString();
        if (!_appIds.Contains(appId))
        {
            return InvalidAsync(request.Context, "invalid appid");
        }

        var rules = _rules.Active(appId).Select(Listed).ToList();
        return JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new RuleList("success", rules));
    }

    public async Task UpdateAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (body is null || AppId(body) is not { } appId || JsonBody.Long(body.RootElement, "id") is not { } id || Duration(body.RootElement) is not { } duration)
        {
            await InvalidAsync(request.Context, "invalid parameters: give appid, id, and time 0-1440 or time_in_seconds 10-86430").ConfigureAwait(false);
            return;
        }

        if (_rules.Extend(appId, id, duration) is not { } rule)
        {
            await NotFoundAsync(request.Context).ConfigureAwait(false);
            return;
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new Updated("success", new UpdatedRule(rule.Id, Timestamp(rule.ExpiresAt)))).ConfigureAwait(false);
    }

    public async Task DeleteAsync(RouteRequest request)
    {
        using JsonDocument? body = await JsonBody.ReadAsync(request.Context).ConfigureAwait(false);
        if (body is null || AppId(body) is not { } appId || JsonBody.Long(body.RootElement, "id") is not { } id)
        {
            await InvalidAsync(request.Context, "invalid parameters: give appid and id").ConfigureAwait(false);
            return;
        }

        if (!_rules.Remove(appId, id))
        {
            await NotFoundAsync(request.Context).ConfigureAwait(false);
            return;
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, new StatusAndId("success", id)).ConfigureAwait(false);
    }

    private string? AppId(JsonDocument body) => JsonBody.String(body.RootElement, "appid") is { } appId && _appIds.Contains(appId) ? appId : null;

    private static List<string>? ReadPrivileges(JsonElement root)
    {
        if (!root.TryGetProperty("privileges", out JsonElement array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            return null;
        }

        var privileges = new List<string>();
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !Privileges.Contains(item.GetString()!))
            {
                return null;
            }

            privileges.Add(item.GetString()!);
        }

        return privileges;
    }

    private static TimeSpan? Duration(JsonElement root)
    {
        if (JsonBody.Long(root, "time_in_seconds") is { } seconds)
        {
            return seconds is >= 10 and <= 86430 ? TimeSpan.FromSeconds(seconds) : null;
        }

        if (JsonBody.Long(root, "time") is { } minutes)
        {
            return minutes is >= 0 and <= 1440 ? TimeSpan.FromMinutes(minutes) : null;
        }

        return root.TryGetProperty("time", out _) || root.TryGetProperty("time_in_seconds", out _) ? null : TimeSpan.FromMinutes(60);
    }

    private static ListedRule Listed(KickingRule rule) =>
        new(rule.Id, rule.AppId, rule.Uid, 0, rule.Channel, rule.Ip, Timestamp(rule.ExpiresAt), rule.Privileges);

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Task InvalidAsync(HttpContext context, string message) =>
        JsonAnswer.WriteAsync(context, StatusCodes.Status400BadRequest, new GatewayAnswers.MessageBody(message));

    private static Task NotFoundAsync(HttpContext context) =>
        JsonAnswer.WriteAsync(context, StatusCodes.Status404NotFound, new GatewayAnswers.MessageBody("rule not found"));

    // {status, id}: what creating and deleting a rule answer.
    internal sealed record StatusAndId(string Status, long Id);

    internal sealed record RuleList(string Status, IReadOnlyList<ListedRule> Rules);

    internal sealed record ListedRule(long Id, [property: System.Text.Json.Serialization.JsonPropertyName("appid")] string AppId, long? Uid, long Opid, string? Cname, string? Ip, string Ts, IReadOnlyList<string> Privileges);

    internal sealed record Updated(string Status, UpdatedRule Result);

    internal sealed record UpdatedRule(long Id, string Ts);
}
