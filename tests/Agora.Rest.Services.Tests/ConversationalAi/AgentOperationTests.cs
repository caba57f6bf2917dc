using System;
using System.Threading.Tasks;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Tests.Infrastructure;
using static Agora.Rest.Services.Tests.ConversationalAi.ConversationalAiTestKit;

namespace Agora.Rest.Services.Tests.ConversationalAi;

public sealed class AgentOperationTests
{
    [Fact]
    public async Task Leave_posts_no_body_to_the_agents_leave_route()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering(string.Empty);

        await Global(handler).LeaveAsync(appId, agentId);

        SentRequest sent = handler.Single;
        AssertSent(sent, "POST", GlobalBase + appId + "/agents/" + agentId + "/leave");
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task Update_posts_the_token_and_llm_settings_and_reads_the_agent()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        string newToken = "007" + Guid.NewGuid().ToString("N");
        RecordingHandler handler = Answering($$$"""{"agent_id":"{{{agentId}}}","create_ts":1737123456,"status":"RUNNING"}""");

        AgentInstanceResponse agent = await Global(handler).UpdateAsync(appId, agentId, new UpdateAgentRequest
        {
            Properties = new UpdateAgentProperties
            {
                Token = newToken,
                Llm = new UpdateLlmConfig
                {
                    SystemMessages = new[]
                    {
                        LlmMessage.Create("system", "You are a helpful assistant."),
                        LlmMessage.Create("system", "The user likes hiking."),
                    },
                    Params = Json("""{"model":"abab6.5s-chat","max_token":1024}"""),
                },
                Mllm = new UpdateMllmConfig { Params = Json("""{"voice":"verse"}""") },
            },
        });

        SentRequest sent = handler.Single;
        AssertSent(sent, "POST", GlobalBase + appId + "/agents/" + agentId + "/update");
        sent.AssertJsonBody($$$"""
            {
              "properties": {
                "token": "{{{newToken}}}",
                "llm": {
                  "system_messages": [
                    { "role": "system", "content": "You are a helpful assistant." },
                    { "role": "system", "content": "The user likes hiking." }
                  ],
                  "params": { "model": "abab6.5s-chat", "max_token": 1024 }
                },
                "mllm": { "params": { "voice": "verse" } }
              }
            }
            """);
        Assert.Equal(agentId, agent.AgentId);
        Assert.Equal(1737123456L, agent.CreateTs);
        Assert.Equal(AgentStatus.Running, agent.Status);
    }

    [Fact]
    public async Task Query_gets_the_agent_and_reads_its_exit()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering($$$"""
            {"message":"agent exits with reason: idle timeout","start_ts":1735035893,"stop_ts":1735035900,"status":"FAILED","name":"support_agent_001","agent_id":"{{{agentId}}}"}
            """);

        AgentStatusResponse status = await Global(handler).QueryAsync(appId, agentId);

        SentRequest sent = handler.Single;
        AssertSent(sent, "GET", GlobalBase + appId + "/agents/" + agentId);
        Assert.Null(sent.Body);
        Assert.Equal("agent exits with reason: idle timeout", status.Message);
        Assert.Equal(1735035893L, status.StartTs);
        Assert.Equal(1735035900L, status.StopTs);
        Assert.Equal(AgentStatus.Failed, status.Status);
        Assert.Equal("support_agent_001", status.Name);
        Assert.Equal(agentId, status.AgentId);
    }

    [Fact]
    public async Task Query_reads_a_running_agent_without_a_stop_time_and_a_status_agora_adds_later()
    {
        RecordingHandler handler = Answering("""{"start_ts":1735035893,"status":"RECOVERING","name":"n","agent_id":"a"}""");

        AgentStatusResponse status = await Global(handler).QueryAsync(NewAppId(), NewAgentId());

        Assert.Null(status.StopTs);
        Assert.Equal(new AgentStatus("RECOVERING"), status.Status);
        Assert.Equal("RECOVERING", status.Status.ToString());
        Assert.NotEqual(AgentStatus.Running, status.Status);
    }

    [Fact]
    public async Task List_sends_every_filter_with_the_states_joined_by_commas_in_one_value()
    {
        string appId = NewAppId();
        string cursor = NewAgentId();
        RecordingHandler handler = Answering("""
            {"data":{"count":2,"list":[
              {"start_ts":1735035893,"status":"RUNNING","agent_id":"1234567890ABCDE1CVGZNU80BEIN56XF"},
              {"start_ts":1735035950,"status":"IDLE","agent_id":"1234567890ABCDE1CVGZNU80BEIN56XG"}]},
             "meta":{"cursor":"1234567890ABCDE1CVGZNU80BEIN56XH","total":5},
             "status":"ok"}
            """);

        ListAgentsResponse page = await Global(handler).ListAsync(
            appId,
            channel: "support-room-42",
            fromTime: 1735030000,
            toTime: 1735037200,
            state: new AgentStateFilter(AgentStateCode.Idle, AgentStateCode.Starting, AgentStateCode.Running),
            limit: 20,
            cursor: cursor);

        SentRequest sent = handler.Single;
        AssertSent(sent, "GET", GlobalBase + appId + "/agents");
        // The comma is percent-encoded by the generated client (it escapes every query value); it decodes to 0,1,2.
        Assert.Equal(
            "?channel=support-room-42&from_time=1735030000&to_time=1735037200&state=0%2C1%2C2&limit=20&cursor=" + cursor,
            sent.Uri.Query);
        Assert.Equal("state=0,1,2", Uri.UnescapeDataString(Assert.Single(sent.Uri.Query.TrimStart('?').Split('&'), p => p.StartsWith("state=", StringComparison.Ordinal))));
        Assert.Null(sent.Body);

        Assert.Equal("ok", page.Status);
        Assert.NotNull(page.Data);
        Assert.Equal(2, page.Data!.Count);
        Assert.Collection(
            page.Data.List!,
            first =>
            {
                Assert.Equal(1735035893L, first.StartTs);
                Assert.Equal(AgentStatus.Running, first.Status);
                Assert.Equal("1234567890ABCDE1CVGZNU80BEIN56XF", first.AgentId);
            },
            second =>
            {
                Assert.Equal(1735035950L, second.StartTs);
                Assert.Equal(AgentStatus.Idle, second.Status);
                Assert.Equal("1234567890ABCDE1CVGZNU80BEIN56XG", second.AgentId);
            });
        Assert.Equal("1234567890ABCDE1CVGZNU80BEIN56XH", page.Meta!.Cursor);
        Assert.Equal(5, page.Meta.Total);
    }

    [Fact]
    public async Task List_without_filters_sends_no_query_and_one_state_has_no_comma()
    {
        string appId = NewAppId();
        RecordingHandler handler = Answering("""{"data":{"count":0,"list":[]},"meta":{"cursor":"","total":0},"status":"ok"}""");
        IConversationalAiApi api = Global(handler);

        ListAgentsResponse page = await api.ListAsync(appId);
        await api.ListAsync(appId, state: new AgentStateFilter(AgentStateCode.Failed));

        AssertSent(handler.Requests[0], "GET", GlobalBase + appId + "/agents");
        Assert.Equal(string.Empty, handler.Requests[0].Uri.Query);
        Assert.Equal("?state=6", handler.Requests[1].Uri.Query);
        Assert.Empty(page.Data!.List!);
        Assert.Equal(string.Empty, page.Meta!.Cursor);
    }

    [Fact]
    public async Task Speak_posts_the_text_and_priority_and_reads_the_agent()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering($$$"""{"agent_id":"{{{agentId}}}","channel":"test_channel","start_ts":1744877089}""");

        AgentActionResponse? spoken = await Global(handler).SpeakAsync(appId, agentId, new SpeakRequest
        {
            Text = "Sorry, the conversation content is not compliant.",
            Priority = SpeakPriority.Interrupt,
            Interruptable = false,
        });

        SentRequest sent = handler.Single;
        AssertSent(sent, "POST", GlobalBase + appId + "/agents/" + agentId + "/speak");
        sent.AssertJsonBody("""{"text":"Sorry, the conversation content is not compliant.","priority":"INTERRUPT","interruptable":false}""");
        Assert.NotNull(spoken);
        Assert.Equal(agentId, spoken!.AgentId);
        Assert.Equal("test_channel", spoken.Channel);
        Assert.Equal(1744877089L, spoken.StartTs);
    }

    [Fact]
    public async Task Speak_reads_an_empty_answer_as_null()
    {
        RecordingHandler handler = Answering(string.Empty);

        AgentActionResponse? spoken = await Global(handler).SpeakAsync(NewAppId(), NewAgentId(), new SpeakRequest { Text = "Hi", Priority = SpeakPriority.Append });

        Assert.Null(spoken);
        handler.Single.AssertJsonBody("""{"text":"Hi","priority":"APPEND"}""");
    }

    [Fact]
    public async Task Interrupt_posts_no_body_to_the_agents_interrupt_route()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering($$$"""{"agent_id":"{{{agentId}}}","channel":"test_channel","start_ts":1744877089}""");

        await Global(handler).InterruptAsync(appId, agentId);

        SentRequest sent = handler.Single;
        AssertSent(sent, "POST", GlobalBase + appId + "/agents/" + agentId + "/interrupt");
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task Think_posts_the_instruction_and_its_actions_and_reads_the_agent()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering($$$"""{"agent_id":"{{{agentId}}}","channel":"shop-7","start_ts":1744877090}""");

        AgentActionResponse thought = await Global(handler).ThinkAsync(appId, agentId, new ThinkRequest
        {
            Text = "The user just clicked the purchase button.",
            OnListeningAction = ThinkAction.Inject,
            OnThinkingAction = ThinkAction.Interrupt,
            OnSpeakingAction = ThinkAction.Ignore,
            Interruptable = true,
            Metadata = Json("""{"publisher":"user123","model":"deepseek-r1"}"""),
        });

        SentRequest sent = handler.Single;
        AssertSent(sent, "POST", GlobalBase + appId + "/agents/" + agentId + "/think");
        sent.AssertJsonBody("""
            {
              "text": "The user just clicked the purchase button.",
              "on_listening_action": "inject",
              "on_thinking_action": "interrupt",
              "on_speaking_action": "ignore",
              "interruptable": true,
              "metadata": { "publisher": "user123", "model": "deepseek-r1" }
            }
            """);
        Assert.Equal(agentId, thought.AgentId);
        Assert.Equal("shop-7", thought.Channel);
        Assert.Equal(1744877090L, thought.StartTs);
    }

    [Fact]
    public async Task History_gets_the_messages_with_their_speech_times()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering($$$"""
            {"agent_id":"{{{agentId}}}","start_ts":1744877089,"status":"RUNNING","contents":[
              {"role":"user","content":"hello.","speech_start_ms":1744877101250,"speech_end_ms":1744877102400,"speech_algorithmic_delay":85},
              {"role":"assistant","content":"hi, how can I help you?","speech_start_ms":1744877103010,"speech_end_ms":1744877104990}]}
            """);

        AgentHistoryResponse history = await Global(handler).GetHistoryAsync(appId, agentId);

        SentRequest sent = handler.Single;
        AssertSent(sent, "GET", GlobalBase + appId + "/agents/" + agentId + "/history");
        Assert.Equal(string.Empty, sent.Uri.Query);
        Assert.Equal(agentId, history.AgentId);
        Assert.Equal(1744877089L, history.StartTs);
        Assert.Equal(AgentStatus.Running, history.Status);
        Assert.Collection(
            history.Contents!,
            user =>
            {
                Assert.Equal(ConversationRole.User, user.Role);
                Assert.Equal("hello.", user.Content);
                Assert.Equal(1744877101250L, user.SpeechStartMs);
                Assert.Equal(1744877102400L, user.SpeechEndMs);
                Assert.Equal(85L, user.SpeechAlgorithmicDelay);
            },
            agent =>
            {
                Assert.Equal(ConversationRole.Assistant, agent.Role);
                Assert.Equal("hi, how can I help you?", agent.Content);
                Assert.Equal(1744877103010L, agent.SpeechStartMs);
                Assert.Null(agent.SpeechAlgorithmicDelay);
            });
    }

    [Fact]
    public async Task Turns_sends_the_page_and_reads_each_turn_with_its_metrics()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering($$$"""
            {"agent_id":"{{{agentId}}}","name":"support_agent_001","channel":"test_channel","total_turn_count":250,
             "pagination":{"page_index":2,"total_pages":5,"is_last_page":false},
             "turns":[
               {"agent_id":"{{{agentId}}}","channel":"test_channel","turn_id":1,
                "start":{"start_at":1774579820147,"type":"greeting","metadata":{"greeting_nth":1}},
                "end":{"end_at":1774579822412,"type":"interrupted","metadata":{"caused_by":"api_interrupt","transport":"rtm"}},
                "metrics":{"e2e_latency_ms":337,"segmented_latency_ms":[{"name":"tts_ttfb","latency":337}]}},
               {"agent_id":"{{{agentId}}}","channel":"test_channel","turn_id":2,
                "start":{"start_at":1774579825000,"type":"voice_input","metadata":{"speech_duration_ms":1800,"interrupt_duration_ms":160}},
                "end":{"end_at":1774579829000,"type":"error","metadata":{"reason":"LLM_REQUEST_ERR","details":"upstream 503"}},
                "metrics":{"e2e_latency_ms":912,"segmented_latency_ms":[{"name":"asr_ttlw","latency":120.5},{"name":"llm_ttft","latency":610},{"name":"vendor_x","latency":1}]}}]}
            """);

        AgentTurnsResponse page = await Global(handler).GetTurnsAsync(appId, agentId, pageIndex: 2, pageSize: 50);

        SentRequest sent = handler.Single;
        AssertSent(sent, "GET", GlobalBase + appId + "/agents/" + agentId + "/turns");
        Assert.Equal("?page_index=2&page_size=50", sent.Uri.Query);
        Assert.Equal(agentId, page.AgentId);
        Assert.Equal("support_agent_001", page.Name);
        Assert.Equal("test_channel", page.Channel);
        Assert.Equal(250, page.TotalTurnCount);
        Assert.Equal(2, page.Pagination!.PageIndex);
        Assert.Equal(5, page.Pagination.TotalPages);
        Assert.False(page.Pagination.IsLastPage);
        Assert.Collection(
            page.Turns!,
            greeting =>
            {
                Assert.Equal(1L, greeting.TurnId);
                Assert.Equal(1774579820147L, greeting.Start!.StartAt);
                Assert.Equal(TurnStartType.Greeting, greeting.Start.Type);
                Assert.Equal(1, greeting.Start.Metadata!.GreetingNth);
                Assert.Equal(1774579822412L, greeting.End!.EndAt);
                Assert.Equal(TurnEndType.Interrupted, greeting.End.Type);
                Assert.Equal(TurnEndCause.ApiInterrupt, greeting.End.Metadata!.CausedBy);
                Assert.Equal(RequestTransport.Rtm, greeting.End.Metadata.Transport);
                Assert.Equal(337, greeting.Metrics!.E2eLatencyMs);
                LatencySegment segment = Assert.Single(greeting.Metrics.SegmentedLatencyMs!);
                Assert.Equal(LatencySegmentName.TtsTimeToFirstByte, segment.Name);
                Assert.Equal(337d, segment.Latency);
            },
            failed =>
            {
                Assert.Equal(2L, failed.TurnId);
                Assert.Equal(TurnStartType.VoiceInput, failed.Start!.Type);
                Assert.Equal(1800, failed.Start.Metadata!.SpeechDurationMs);
                Assert.Equal(160, failed.Start.Metadata.InterruptDurationMs);
                Assert.Equal(TurnEndType.Error, failed.End!.Type);
                Assert.Equal(TurnErrorReason.LlmRequestError, failed.End.Metadata!.Reason);
                Assert.Equal("upstream 503", failed.End.Metadata.Details);
                Assert.Collection(
                    failed.Metrics!.SegmentedLatencyMs!,
                    asr => Assert.Equal((LatencySegmentName.AsrTimeToLastWord, 120.5), (asr.Name, asr.Latency)),
                    llm => Assert.Equal((LatencySegmentName.LlmTimeToFirstToken, 610d), (llm.Name, llm.Latency)),
                    unknown => Assert.Equal(new LatencySegmentName("vendor_x"), unknown.Name));
            });
    }

    [Fact]
    public async Task Turns_without_paging_sends_no_query()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering("""{"agent_id":"a","total_turn_count":0,"turns":[]}""");

        AgentTurnsResponse page = await Global(handler).GetTurnsAsync(appId, agentId);

        AssertSent(handler.Single, "GET", GlobalBase + appId + "/agents/" + agentId + "/turns");
        Assert.Equal(string.Empty, handler.Single.Uri.Query);
        Assert.Empty(page.Turns!);
        Assert.Null(page.Pagination);
    }
}
