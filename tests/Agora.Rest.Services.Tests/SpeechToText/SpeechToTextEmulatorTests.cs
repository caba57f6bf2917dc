using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.SpeechToText;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Rest.Services.Tests.SpeechToText;

// The Speech-to-Text client over sockets against the emulator at its declared host (api.agora.io routed to it): every
// operation's state on the emulator's clock, and a documented failure of each.
public sealed class SpeechToTextEmulatorTests : IAsyncLifetime
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private const string Certificate = "5CFd2fd1755d40ecb72977518be15d3b";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private AgoraEmulatorOptions _account = null!;
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;
    private SpeechToTextApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _account = TestAccount.New(_time, "Test");
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
        _api = new SpeechToTextApiClient(_http, AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret), new AgoraClientOptions { Retry = { MaxRetryAttempts = 0 } });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private static SttJoinRequest Join(string name, string channel = "lecture", string bot = "88222", int? maxIdleTime = null) => new()
    {
        Name = name,
        Languages = ["en-US"],
        MaxIdleTime = maxIdleTime,
        RtcConfig = new SttRtcConfig { ChannelName = channel, PubBotUid = bot },
        TranslateConfig = new SttTranslateConfig { Languages = [new SttLanguagePair { Source = "en-US", Target = ["fr-FR", "ja-JP"] }] },
        Keywords = ["Agora", "STT"],
    };

    private static async Task<AgoraApiException> FailsAsync(Func<Task> call, HttpStatusCode status)
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(call);
        Assert.Equal(status, error.StatusCode);
        return error;
    }

    [Fact]
    public async Task Join_starts_a_running_task_created_on_the_emulator_clock_that_query_reads()
    {
        long created = _time.GetUtcNow().ToUnixTimeSeconds();

        SttAgentResponse joined = await _api.JoinAsync(AppId, Join("class-1"));
        _time.Advance(TimeSpan.FromSeconds(10));
        SttAgentQueryResponse queried = await _api.QueryAsync(AppId, joined.AgentId!);

        Assert.Matches("^[0-9A-Z]{26}$", joined.AgentId);
        Assert.Equal((created, SttAgentStatus.Running), (joined.CreateTs, joined.Status));
        Assert.Equal((joined.AgentId, created, SttAgentStatus.Running), (queried.AgentId, queried.CreateTs, queried.Status));
    }

    [Fact]
    public async Task Join_refuses_a_name_used_before_even_after_that_task_stopped()
    {
        SttAgentResponse first = await _api.JoinAsync(AppId, Join("once"));
        await _api.LeaveAsync(AppId, first.AgentId!);

        AgoraApiException again = await FailsAsync(() => _api.JoinAsync(AppId, Join("once", channel: "another", bot: "9")), HttpStatusCode.Conflict);

        Assert.Equal("TaskConflict", again.Reason);
        Assert.Contains("cannot be reused", again.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_refuses_a_publishing_bot_uid_already_running_in_the_channel()
    {
        await _api.JoinAsync(AppId, Join("first", bot: "77"));

        AgoraApiException error = await FailsAsync(() => _api.JoinAsync(AppId, Join("second", bot: "77")), HttpStatusCode.Conflict);

        Assert.Contains("pubBotUid '77'", error.ErrorMessage, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> InvalidJoins => new()
    {
        { "five-languages", "languages must list at most 4 items" },
        { "no-bot", "rtcConfig.pubBotUid is required (a string)" },
        { "no-channel", "rtcConfig.channelName is required" },
        { "idle-negative", "maxIdleTime must be an integer from 0 to 2592000" },
        { "idle-too-long", "maxIdleTime must be an integer from 0 to 2592000" },
        { "both-subscriptions", "rtcConfig.subscribeAudioUids and rtcConfig.unSubscribeAudioUids cannot both be given" },
        { "self-translation", "translateConfig.languages: source 'en-US' cannot be its own target" },
        { "six-uids", "uidLanguagesConfig must list at most 5 users" },
        { "long-name", "name must be at most 64 characters" },
        { "slice-too-short", "captionConfig.sliceDuration must be 5 to 28800" },
    };

    [Theory]
    [MemberData(nameof(InvalidJoins))]
    public async Task Join_answers_400_with_detail_and_reason_for_a_request_against_the_documented_rules(string name, string detail)
    {
        SttJoinRequest request = Join(name);
        switch (name)
        {
            case "five-languages": request.Languages = ["en-US", "fr-FR", "de-DE", "ja-JP", "zh-CN"]; break;
            case "no-bot": request.RtcConfig.PubBotUid = string.Empty; break;
            case "no-channel": request.RtcConfig.ChannelName = string.Empty; break;
            case "idle-negative": request.MaxIdleTime = -1; break;
            case "idle-too-long": request.MaxIdleTime = 2_592_001; break;
            case "both-subscriptions": request.RtcConfig.SubscribeAudioUids = ["1"]; request.RtcConfig.UnSubscribeAudioUids = ["2"]; break;
            case "self-translation": request.TranslateConfig = new() { Languages = [new SttLanguagePair { Source = "en-US", Target = ["en-US"] }] }; break;
            case "six-uids": request.UidLanguagesConfig = Enumerable.Range(1, 6).Select(i => new SttUidLanguages { Uid = $"{i}", Languages = ["en-US"] }).ToList(); break;
            case "long-name": request.Name = new string('n', 65); break;
            case "slice-too-short": request.CaptionConfig = new() { SliceDuration = 4 }; break;
        }

        AgoraApiException error = await FailsAsync(() => _api.JoinAsync(AppId, request), HttpStatusCode.BadRequest);

        Assert.Equal((detail, "InvalidRequest"), (error.ErrorMessage, error.Reason));
        Assert.Equal(0, (await _api.ListAgentsAsync(AppId)).Meta!.Total);
    }

    [Fact]
    public async Task Join_requires_the_endpoint_for_S3_compatible_caption_storage()
    {
        SttJoinRequest request = Join("minio");
        request.CaptionConfig = new SttCaptionConfig
        {
            Storage = new SttStorageConfig { AccessKey = "ak", SecretKey = "sk", Bucket = "captions", Vendor = SttStorageVendor.S3Compatible, Region = 0 },
        };

        AgoraApiException error = await FailsAsync(() => _api.JoinAsync(AppId, request), HttpStatusCode.BadRequest);
        request.ExtensionParams = new SttCaptionExtensionParams { Endpoint = "http://minio.example:9002" };
        SttAgentResponse joined = await _api.JoinAsync(AppId, request);

        Assert.Equal("extensionParams.endpoint is required when captionConfig.storage.vendor is 11", error.ErrorMessage);
        Assert.Equal(SttAgentStatus.Running, joined.Status);
    }

    [Fact]
    public async Task Query_of_an_unknown_agent_answers_the_failed_shape()
    {
        AgoraApiException error = await FailsAsync(() => _api.QueryAsync(AppId, "NOSUCHAGENT"), HttpStatusCode.NotFound);

        Assert.Equal("task not found", error.ErrorMessage);
        Assert.Contains("\"status\":\"FAILED\"", error.ResponseBodyExcerpt, StringComparison.Ordinal);
        Assert.Contains("\"agent_id\":\"NOSUCHAGENT\"", error.ResponseBodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leave_stops_the_task_which_stays_queryable_and_a_second_leave_is_not_found()
    {
        SttAgentResponse joined = await _api.JoinAsync(AppId, Join("leaving"));

        await _api.LeaveAsync(AppId, joined.AgentId!);
        SttAgentQueryResponse after = await _api.QueryAsync(AppId, joined.AgentId!);
        AgoraApiException again = await FailsAsync(() => _api.LeaveAsync(AppId, joined.AgentId!), HttpStatusCode.NotFound);

        Assert.Equal(SttAgentStatus.Stopped, after.Status);
        Assert.Equal(("task not found or already stopped", "TaskNotFound"), (again.ErrorMessage, again.Reason));
    }

    [Fact]
    public async Task Leave_of_an_unknown_agent_is_not_found()
    {
        AgoraApiException error = await FailsAsync(() => _api.LeaveAsync(AppId, "NOSUCHAGENT"), HttpStatusCode.NotFound);

        Assert.Equal("TaskNotFound", error.Reason);
    }

    [Fact]
    public async Task Update_applies_to_a_running_task_with_ever_larger_sequence_ids()
    {
        SttAgentResponse joined = await _api.JoinAsync(AppId, Join("updating"));
        var change = new SttUpdateRequest
        {
            Languages = ["en-US", "es-ES"],
            TranslateConfig = new SttUpdateTranslateConfig { Enable = true, Languages = [new SttLanguagePair { Source = "en-US", Target = ["de-DE"] }] },
        };

        SttAgentResponse updated = await _api.UpdateAsync(AppId, joined.AgentId!, 1, "languages,translateConfig.enable,translateConfig.languages", change);
        AgoraApiException stale = await FailsAsync(() => _api.UpdateAsync(AppId, joined.AgentId!, 1, "languages", change), HttpStatusCode.BadRequest);
        SttAgentResponse later = await _api.UpdateAsync(AppId, joined.AgentId!, 2, "keywords", new SttUpdateRequest { Keywords = ["Agora"] });

        Assert.Equal((joined.AgentId, joined.CreateTs, SttAgentStatus.Running), (updated.AgentId, updated.CreateTs, updated.Status));
        Assert.Equal("sequenceId must be larger than the last applied one (1)", stale.ErrorMessage);
        Assert.Equal(joined.AgentId, later.AgentId);
    }

    [Fact]
    public async Task Update_refuses_an_undocumented_mask_field_too_many_languages_and_a_stopped_task()
    {
        SttAgentResponse joined = await _api.JoinAsync(AppId, Join("strict"));

        AgoraApiException mask = await FailsAsync(() => _api.UpdateAsync(AppId, joined.AgentId!, 1, "name", new SttUpdateRequest()), HttpStatusCode.BadRequest);
        AgoraApiException languages = await FailsAsync(
            () => _api.UpdateAsync(AppId, joined.AgentId!, 1, "languages", new SttUpdateRequest { Languages = ["a", "b", "c", "d", "e"] }), HttpStatusCode.BadRequest);
        AgoraApiException enable = await FailsAsync(
            () => _api.UpdateAsync(AppId, joined.AgentId!, 1, "translateConfig.enable", new SttUpdateRequest { TranslateConfig = new() { Enable = true } }), HttpStatusCode.BadRequest);
        await _api.LeaveAsync(AppId, joined.AgentId!);
        AgoraApiException stopped = await FailsAsync(() => _api.UpdateAsync(AppId, joined.AgentId!, 5, "keywords", new SttUpdateRequest { Keywords = ["x"] }), HttpStatusCode.NotFound);

        Assert.StartsWith("updateMask names 'name'", mask.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("languages must list at most 4 items", languages.ErrorMessage);
        Assert.Equal("translateConfig.enable true needs translateConfig.languages", enable.ErrorMessage);
        Assert.Equal("TaskNotFound", stopped.Reason);
    }

    [Fact]
    public async Task List_filters_by_state_and_channel_and_pages_with_the_cursor()
    {
        var ids = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            ids.Add((await _api.JoinAsync(AppId, Join($"task-{i}", channel: i < 4 ? "lecture" : "lab", bot: $"{100 + i}"))).AgentId!);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await _api.LeaveAsync(AppId, ids[1]);

        SttAgentListResponse page1 = await _api.ListAgentsAsync(AppId, limit: 2);
        SttAgentListResponse page2 = await _api.ListAgentsAsync(AppId, limit: 2, cursor: page1.Meta!.Cursor);
        SttAgentListResponse stopped = await _api.ListAgentsAsync(AppId, state: SttAgentStateFilter.Stopped);
        SttAgentListResponse lab = await _api.ListAgentsAsync(AppId, channel: "lab", state: SttAgentStateFilter.Running);
        SttAgentListResponse earlier = await _api.ListAgentsAsync(AppId, toTime: _time.GetUtcNow().AddSeconds(-5).ToUnixTimeSeconds());

        Assert.Equal("ok", page1.Status);
        Assert.Equal(new[] { ids[0], ids[2] }, page1.Data!.List!.Select(a => a.AgentId));
        Assert.Equal((2, 4, ids[2]), (page1.Data.Count, page1.Meta.Total, page1.Meta.Cursor));
        Assert.Equal(new[] { ids[3], ids[4] }, page2.Data!.List!.Select(a => a.AgentId));
        Assert.Equal(string.Empty, page2.Meta!.Cursor);
        SttAgentListItem stoppedItem = Assert.Single(stopped.Data!.List!);
        Assert.Equal((ids[1], SttAgentStatus.Stopped), (stoppedItem.AgentId, stoppedItem.Status));
        Assert.Equal(_time.GetUtcNow().AddSeconds(-4).ToUnixTimeSeconds(), stoppedItem.StartTs);
        Assert.Equal(ids[4], Assert.Single(lab.Data!.List!).AgentId);
        Assert.Equal(ids[0], Assert.Single(earlier.Data!.List!).AgentId);
    }

    [Fact]
    public async Task List_refuses_an_unknown_cursor_and_a_non_positive_limit()
    {
        AgoraApiException cursor = await FailsAsync(() => _api.ListAgentsAsync(AppId, cursor: "NOSUCHAGENT"), HttpStatusCode.BadRequest);
        AgoraApiException limit = await FailsAsync(() => _api.ListAgentsAsync(AppId, limit: 0), HttpStatusCode.BadRequest);
        AgoraApiException state = await FailsAsync(() => _api.ListAgentsAsync(AppId, state: new SttAgentStateFilter("7")), HttpStatusCode.BadRequest);

        Assert.Equal(("cursor is not the agent_id of an agent of this list", "InvalidRequest"), (cursor.ErrorMessage, cursor.Reason));
        Assert.Equal("limit must be a positive integer", limit.ErrorMessage);
        Assert.Equal("state must be one of \"0\" (IDLE) to \"6\" (FAILED)", state.ErrorMessage);
    }

    [Fact]
    public async Task A_task_stops_itself_once_its_channel_has_been_idle_for_maxIdleTime()
    {
        SttAgentResponse idle = await _api.JoinAsync(AppId, Join("idle", channel: "empty", maxIdleTime: 60));
        SttAgentResponse busy = await _api.JoinAsync(AppId, Join("busy", channel: "busy", maxIdleTime: 60));
        SttAgentResponse forever = await _api.JoinAsync(AppId, Join("forever", channel: "empty", bot: "5", maxIdleTime: 0));
        _emulator.AddUser(AppId, "busy", 1);

        _time.Advance(TimeSpan.FromSeconds(59));
        SttAgentQueryResponse before = await _api.QueryAsync(AppId, idle.AgentId!);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(SttAgentStatus.Running, before.Status);
        Assert.Equal(SttAgentStatus.Stopped, (await _api.QueryAsync(AppId, idle.AgentId!)).Status);
        Assert.Equal(SttAgentStatus.Running, (await _api.QueryAsync(AppId, busy.AgentId!)).Status);
        Assert.Equal(SttAgentStatus.Running, (await _api.QueryAsync(AppId, forever.AgentId!)).Status);
    }
}
