using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;
using Microsoft.Extensions.Time.Testing;
using static Agora.Rest.Services.Tests.ConversationalAi.ConversationalAiTestKit;

namespace Agora.Rest.Services.Tests.ConversationalAi;

// The Conversational AI clients over sockets against the emulator, at their declared host (api.agora.io routed to it):
// every operation of the global client with one documented failure each, and join/query/leave on the China paths,
// whose agents are apart from the global ones.
public sealed class ConversationalAiEmulatorTests : IAsyncLifetime
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly AgoraEmulatorOptions _account;
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;

    public ConversationalAiEmulatorTests()
    {
        _account = TestAccount.New(_time, "Emulated");
    }

    private AgoraCredentials Credentials => AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret);

    private static AgoraClientOptions SendOnce => new() { Retry = { MaxRetryAttempts = 0 } };

    private ConversationalAiApiClient Global => new(_http, Credentials, SendOnce);

    private ConversationalAiChinaApiClient China => new(_http, Credentials, SendOnce);

    public async Task InitializeAsync()
    {
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    // The fields JoinAgentRequest requires, and the TTS and LLM the schema lists as required too.
    private static JoinAgentRequest Join(string name = "helper", string channel = "support") => new()
    {
        Name = name,
        Properties = new AgentProperties
        {
            Channel = channel,
            Token = "007" + Guid.NewGuid().ToString("N"),
            AgentRtcUid = "1001",
            RemoteRtcUids = ["1002"],
            Llm = new LlmConfig { Url = "https://llm.example.com/v1/chat/completions", ApiKey = "llm-key" },
            Tts = new TtsConfig { Vendor = TtsVendor.Microsoft, Params = Json("""{"key":"tts-key","region":"eastus","voice_name":"en-US-AndrewMultilingualNeural"}""") },
        },
    };

    private static async Task<AgoraApiException> Fails(HttpStatusCode status, Func<Task> call)
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(call);
        Assert.Equal(status, error.StatusCode);
        return error;
    }

    [Fact]
    public async Task Join_query_and_leave_report_running_then_stopped_with_stop_ts()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());
        AgentStatusResponse running = await Global.QueryAsync(AppId, joined.AgentId!);
        _time.Advance(TimeSpan.FromMinutes(3));
        await Global.LeaveAsync(AppId, joined.AgentId!);
        AgentStatusResponse stopped = await Global.QueryAsync(AppId, joined.AgentId!);

        Assert.Equal((AgentStatus.Running, _time.GetUtcNow().AddMinutes(-3).ToUnixTimeSeconds()), (joined.Status, joined.CreateTs));
        Assert.Equal(("helper", AgentStatus.Running, joined.CreateTs, (long?)null), (running.Name, running.Status, running.StartTs, running.StopTs));
        Assert.Equal((joined.AgentId, AgentStatus.Stopped, _time.GetUtcNow().ToUnixTimeSeconds()), (stopped.AgentId, stopped.Status, stopped.StopTs));
    }

    [Fact]
    public async Task Join_fails_with_400_for_a_missing_channel_and_409_for_a_name_running_in_the_channel()
    {
        JoinAgentRequest noChannel = Join(channel: string.Empty);
        AgentInstanceResponse first = await Global.JoinAsync(AppId, Join());

        AgoraApiException invalid = await Fails(HttpStatusCode.BadRequest, () => Global.JoinAsync(AppId, noChannel));
        AgoraApiException conflict = await Fails(HttpStatusCode.Conflict, () => Global.JoinAsync(AppId, Join()));

        Assert.Equal(("InvalidRequest", "properties.channel is required"), (invalid.Reason, invalid.ErrorMessage));
        Assert.Equal("AgentConflict", conflict.Reason);
        Assert.Contains("helper", conflict.ErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(first.AgentId);
    }

    [Fact]
    public async Task Leave_and_query_of_an_unknown_agent_are_404_and_leaving_twice_too()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());
        await Global.LeaveAsync(AppId, joined.AgentId!);

        AgoraApiException twice = await Fails(HttpStatusCode.NotFound, () => Global.LeaveAsync(AppId, joined.AgentId!));
        AgoraApiException unknown = await Fails(HttpStatusCode.NotFound, () => Global.QueryAsync(AppId, "NO-SUCH-AGENT"));

        Assert.Equal(("AgentNotFound", "agent not found or has exited"), (twice.Reason, twice.ErrorMessage));
        Assert.Equal("AgentNotFound", unknown.Reason);
    }

    [Fact]
    public async Task Update_keeps_a_running_agent_running_and_is_404_for_a_stopped_one()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());
        _time.Advance(TimeSpan.FromSeconds(90));
        var update = new UpdateAgentRequest
        {
            Properties = new UpdateAgentProperties
            {
                Token = "007" + Guid.NewGuid().ToString("N"),
                Llm = new UpdateLlmConfig { SystemMessages = [Json("""{"role":"system","content":"Be brief."}""")], Params = Json("""{"model":"gpt-4o-mini","max_tokens":512}""") },
            },
        };

        AgentInstanceResponse updated = await Global.UpdateAsync(AppId, joined.AgentId!, update);
        AgentStatusResponse status = await Global.QueryAsync(AppId, joined.AgentId!);
        await Global.LeaveAsync(AppId, joined.AgentId!);
        AgoraApiException stopped = await Fails(HttpStatusCode.NotFound, () => Global.UpdateAsync(AppId, joined.AgentId!, update));
        AgoraApiException unknown = await Fails(HttpStatusCode.NotFound, () => Global.UpdateAsync(AppId, "NO-SUCH-AGENT", update));

        Assert.Equal((joined.AgentId, joined.CreateTs, AgentStatus.Running), (updated.AgentId, updated.CreateTs, updated.Status));
        Assert.Equal(AgentStatus.Running, status.Status);
        Assert.Equal(("AgentNotFound", "AgentNotFound"), (stopped.Reason, unknown.Reason));
    }

    [Fact]
    public async Task List_filters_by_state_channel_and_time_and_pages_with_the_cursor()
    {
        AgentInstanceResponse old = await Global.JoinAsync(AppId, Join("old", "lobby"));
        _time.Advance(TimeSpan.FromHours(3));
        AgentInstanceResponse a = await Global.JoinAsync(AppId, Join("a", "support"));
        AgentInstanceResponse b = await Global.JoinAsync(AppId, Join("b", "support"));
        AgentInstanceResponse c = await Global.JoinAsync(AppId, Join("c", "sales"));
        await Global.LeaveAsync(AppId, b.AgentId!);

        ListAgentsResponse running = await Global.ListAsync(AppId); // defaults: RUNNING, the last two hours
        ListAgentsResponse firstPage = await Global.ListAsync(AppId, state: new AgentStateFilter(AgentStateCode.Idle, AgentStateCode.Running, AgentStateCode.Stopped), limit: 2);
        ListAgentsResponse secondPage = await Global.ListAsync(AppId, state: new AgentStateFilter(AgentStateCode.Idle, AgentStateCode.Running, AgentStateCode.Stopped), limit: 2, cursor: firstPage.Meta!.Cursor);
        ListAgentsResponse stoppedInSupport = await Global.ListAsync(AppId, channel: "support", state: new AgentStateFilter(AgentStateCode.Stopped));
        ListAgentsResponse earlier = await Global.ListAsync(AppId, fromTime: old.CreateTs, toTime: old.CreateTs + 60);

        Assert.Equal("ok", running.Status);
        Assert.Equal(new[] { a.AgentId, c.AgentId }, running.Data!.List!.Select(i => i.AgentId));
        Assert.All(running.Data.List!, i => Assert.Equal(AgentStatus.Running, i.Status));
        Assert.Equal((2, 3, c.AgentId), (firstPage.Data!.Count, firstPage.Meta.Total, firstPage.Meta.Cursor));
        Assert.Equal(new[] { a.AgentId, b.AgentId }, firstPage.Data.List!.Select(i => i.AgentId));
        Assert.Equal((AgentStatus.Stopped, a.CreateTs), (firstPage.Data.List![1].Status, firstPage.Data.List[0].StartTs));
        Assert.Equal(c.AgentId, Assert.Single(secondPage.Data!.List!).AgentId);
        Assert.Equal(string.Empty, secondPage.Meta!.Cursor);
        Assert.Equal(b.AgentId, Assert.Single(stoppedInSupport.Data!.List!).AgentId);
        Assert.Equal(old.AgentId, Assert.Single(earlier.Data!.List!).AgentId);
    }

    [Fact]
    public async Task List_fails_with_400_for_a_limit_below_one_and_for_a_time_range_backwards()
    {
        AgoraApiException limit = await Fails(HttpStatusCode.BadRequest, () => Global.ListAsync(AppId, limit: 0));
        long now = _time.GetUtcNow().ToUnixTimeSeconds();
        AgoraApiException range = await Fails(HttpStatusCode.BadRequest, () => Global.ListAsync(AppId, fromTime: now, toTime: now - 60));

        Assert.Equal(("InvalidRequest", "limit must be a positive integer"), (limit.Reason, limit.ErrorMessage));
        Assert.Equal("from_time must not be after to_time", range.ErrorMessage);
    }

    [Fact]
    public async Task Speak_and_think_fill_the_history_as_assistant_and_user_messages()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());

        AgentActionResponse? spoken = await Global.SpeakAsync(AppId, joined.AgentId!, new SpeakRequest { Text = "Hello, how can I help?", Priority = SpeakPriority.Interrupt, Interruptable = false });
        await Global.InterruptAsync(AppId, joined.AgentId!);
        AgentActionResponse thought = await Global.ThinkAsync(AppId, joined.AgentId!, new ThinkRequest { Text = "The user is a premium customer.", OnListeningAction = ThinkAction.Inject, Metadata = Json("""{"publisher":"crm"}""") });
        AgentHistoryResponse history = await Global.GetHistoryAsync(AppId, joined.AgentId!);

        Assert.Equal((joined.AgentId, "support", joined.CreateTs), (spoken!.AgentId, spoken.Channel, spoken.StartTs));
        Assert.Equal((joined.AgentId, "support"), (thought.AgentId, thought.Channel));
        Assert.Equal((joined.AgentId, AgentStatus.Running, joined.CreateTs), (history.AgentId, history.Status, history.StartTs));
        Assert.Equal(
            new[] { (ConversationRole.Assistant, "Hello, how can I help?"), (ConversationRole.User, "The user is a premium customer.") },
            history.Contents!.Select(m => (m.Role, m.Content!)));
    }

    [Fact]
    public async Task Speak_fails_with_400_beyond_512_bytes_and_404_once_the_agent_left()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());
        string fits = new('é', 256); // 512 bytes in UTF-8
        await Global.SpeakAsync(AppId, joined.AgentId!, new SpeakRequest { Text = fits });

        AgoraApiException tooLong = await Fails(HttpStatusCode.BadRequest, () => Global.SpeakAsync(AppId, joined.AgentId!, new SpeakRequest { Text = fits + "a" }));
        await Global.LeaveAsync(AppId, joined.AgentId!);
        AgoraApiException left = await Fails(HttpStatusCode.NotFound, () => Global.SpeakAsync(AppId, joined.AgentId!, new SpeakRequest { Text = "Still there?" }));

        Assert.Equal(("InvalidRequest", "text must be at most 512 bytes"), (tooLong.Reason, tooLong.ErrorMessage));
        Assert.Equal("AgentNotFound", left.Reason);
    }

    [Fact]
    public async Task Interrupt_is_404_for_an_unknown_agent()
    {
        AgoraApiException unknown = await Fails(HttpStatusCode.NotFound, () => Global.InterruptAsync(AppId, "NO-SUCH-AGENT"));

        Assert.Equal(("AgentNotFound", "agent not found or has exited"), (unknown.Reason, unknown.ErrorMessage));
    }

    [Fact]
    public async Task Think_fails_with_400_for_an_undocumented_action_and_404_for_an_unknown_agent()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());

        AgoraApiException action = await Fails(HttpStatusCode.BadRequest, () => Global.ThinkAsync(AppId, joined.AgentId!, new ThinkRequest { Text = "x", OnSpeakingAction = ThinkAction.Inject }));
        AgoraApiException unknown = await Fails(HttpStatusCode.NotFound, () => Global.ThinkAsync(AppId, "NO-SUCH-AGENT", new ThinkRequest { Text = "x" }));

        Assert.Equal(("InvalidRequest", "on_speaking_action must be one of interrupt, ignore"), (action.Reason, action.ErrorMessage));
        Assert.Equal("AgentNotFound", unknown.Reason);
    }

    [Fact]
    public async Task History_is_404_after_leave_as_only_running_agents_can_be_queried()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());
        AgentHistoryResponse empty = await Global.GetHistoryAsync(AppId, joined.AgentId!);
        await Global.LeaveAsync(AppId, joined.AgentId!);

        AgoraApiException left = await Fails(HttpStatusCode.NotFound, () => Global.GetHistoryAsync(AppId, joined.AgentId!));

        Assert.Empty(empty.Contents!);
        Assert.Equal("AgentNotFound", left.Reason);
    }

    [Fact]
    public async Task Turns_record_each_spoken_text_with_how_it_ended_in_milliseconds()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());
        DateTimeOffset first = _time.GetUtcNow();
        await Global.SpeakAsync(AppId, joined.AgentId!, new SpeakRequest { Text = "One" });
        _time.Advance(TimeSpan.FromMilliseconds(1500));
        await Global.SpeakAsync(AppId, joined.AgentId!, new SpeakRequest { Text = "Two", Priority = SpeakPriority.Append });
        _time.Advance(TimeSpan.FromMilliseconds(700));
        await Global.SpeakAsync(AppId, joined.AgentId!, new SpeakRequest { Text = "Three" });
        _time.Advance(TimeSpan.FromMilliseconds(300));
        await Global.InterruptAsync(AppId, joined.AgentId!);
        await Global.SpeakAsync(AppId, joined.AgentId!, new SpeakRequest { Text = "Four" });
        await Global.LeaveAsync(AppId, joined.AgentId!);

        AgentTurnsResponse page1 = await Global.GetTurnsAsync(AppId, joined.AgentId!, pageIndex: 1, pageSize: 3);
        AgentTurnsResponse page2 = await Global.GetTurnsAsync(AppId, joined.AgentId!, pageIndex: 2, pageSize: 3);

        Assert.Equal((joined.AgentId, "helper", "support", 4), (page1.AgentId, page1.Name, page1.Channel, page1.TotalTurnCount));
        Assert.Equal((1, 2, false), (page1.Pagination!.PageIndex, page1.Pagination.TotalPages, page1.Pagination.IsLastPage));
        Assert.True(page2.Pagination!.IsLastPage);
        ConversationTurn one = page1.Turns![0], two = page1.Turns[1], three = page1.Turns[2], four = Assert.Single(page2.Turns!);
        Assert.Equal((1L, first.ToUnixTimeMilliseconds(), TurnStartType.ApiSpeak), (one.TurnId, one.Start!.StartAt, one.Start.Type));
        Assert.Equal((TurnEndType.Ok, first.ToUnixTimeMilliseconds() + 1500, 1500), (one.End!.Type, one.End.EndAt, one.End.Metadata!.PlaybackDurationMs));
        Assert.Equal((TurnEndType.Interrupted, TurnEndCause.ApiSpeak), (two.End!.Type, two.End.Metadata!.CausedBy));
        Assert.Equal((TurnEndType.Interrupted, TurnEndCause.ApiInterrupt, RequestTransport.Http), (three.End!.Type, three.End.Metadata!.CausedBy, three.End.Metadata.Transport));
        Assert.Equal((4L, TurnEndCause.ApiLeave), (four.TurnId, four.End!.Metadata!.CausedBy));
    }

    [Fact]
    public async Task Turns_are_404_for_a_session_older_than_7_days_and_400_for_page_index_0()
    {
        AgentInstanceResponse joined = await Global.JoinAsync(AppId, Join());
        AgoraApiException page = await Fails(HttpStatusCode.BadRequest, () => Global.GetTurnsAsync(AppId, joined.AgentId!, pageIndex: 0));
        await Global.LeaveAsync(AppId, joined.AgentId!);
        AgentTurnsResponse none = await Global.GetTurnsAsync(AppId, joined.AgentId!);
        _time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        AgoraApiException expired = await Fails(HttpStatusCode.NotFound, () => Global.GetTurnsAsync(AppId, joined.AgentId!));

        Assert.Equal(("InvalidRequest", "page_index must be a positive integer"), (page.Reason, page.ErrorMessage));
        Assert.Equal((0, true), (none.TotalTurnCount, none.Pagination!.IsLastPage));
        Assert.Empty(none.Turns!);
        Assert.Equal("AgentNotFound", expired.Reason);
    }

    [Fact]
    public async Task The_china_service_keeps_its_own_agents_from_join_to_leave()
    {
        AgentInstanceResponse cn = await China.JoinAsync(AppId, Join("cn-helper", "room-cn"));
        AgentStatusResponse running = await China.QueryAsync(AppId, cn.AgentId!);
        AgoraApiException notGlobal = await Fails(HttpStatusCode.NotFound, () => Global.QueryAsync(AppId, cn.AgentId!));
        AgentInstanceResponse sameNameGlobally = await Global.JoinAsync(AppId, Join("cn-helper", "room-cn")); // no conflict across regions
        _time.Advance(TimeSpan.FromSeconds(30));
        await China.LeaveAsync(AppId, cn.AgentId!);
        AgentStatusResponse stopped = await China.QueryAsync(AppId, cn.AgentId!);
        AgentStatusResponse global = await Global.QueryAsync(AppId, sameNameGlobally.AgentId!);

        Assert.Equal(("cn-helper", AgentStatus.Running, cn.CreateTs), (running.Name, running.Status, running.StartTs));
        Assert.Equal("AgentNotFound", notGlobal.Reason);
        Assert.Equal((AgentStatus.Stopped, _time.GetUtcNow().ToUnixTimeSeconds()), (stopped.Status, stopped.StopTs));
        Assert.Equal(AgentStatus.Running, global.Status);
        Assert.Contains(_emulator.ReceivedRequests, r => r.Path == ChinaBase + AppId + "/agents/" + cn.AgentId + "/leave");
    }

    [Fact]
    public async Task The_china_service_answers_400_409_and_404_like_the_global_one()
    {
        AgentInstanceResponse cn = await China.JoinAsync(AppId, Join("cn-helper", "room-cn"));

        AgoraApiException invalid = await Fails(HttpStatusCode.BadRequest, () => China.JoinAsync(AppId, Join(name: string.Empty)));
        AgoraApiException conflict = await Fails(HttpStatusCode.Conflict, () => China.JoinAsync(AppId, Join("cn-helper", "room-cn")));
        await China.LeaveAsync(AppId, cn.AgentId!);
        AgoraApiException twice = await Fails(HttpStatusCode.NotFound, () => China.LeaveAsync(AppId, cn.AgentId!));
        AgoraApiException unknown = await Fails(HttpStatusCode.NotFound, () => China.QueryAsync(AppId, "NO-SUCH-AGENT"));

        Assert.Equal(("InvalidRequest", "name is required"), (invalid.Reason, invalid.ErrorMessage));
        Assert.Equal("AgentConflict", conflict.Reason);
        Assert.Equal(("AgentNotFound", "AgentNotFound"), (twice.Reason, unknown.Reason));
    }
}
