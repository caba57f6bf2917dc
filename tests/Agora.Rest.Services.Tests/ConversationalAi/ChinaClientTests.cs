using System.Threading.Tasks;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Tests.Infrastructure;
using static Agora.Rest.Services.Tests.ConversationalAi.ConversationalAiTestKit;

namespace Agora.Rest.Services.Tests.ConversationalAi;

/// <summary>The China client implements the inherited operations against the <c>/cn</c> base path.</summary>
public sealed class ChinaClientTests
{
    [Fact]
    public void The_china_client_is_also_a_global_interface()
    {
        IConversationalAiChinaApi china = China(Answering("{}"));

        Assert.IsAssignableFrom<IConversationalAiApi>(china);
        Assert.IsType<ConversationalAiChinaApiClient>(china);
    }

    [Fact]
    public void The_China_client_takes_Basic_credentials_only_as_the_China_service_documents()
    {
        var error = Assert.Throws<System.ArgumentException>(() => new ConversationalAiChinaApiClient(new System.Net.Http.HttpClient(), AgoraCredentials.Token("007" + System.Guid.NewGuid().ToString("N"))));

        Assert.Contains("HTTP Basic", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_goes_to_the_cn_path_with_the_same_body()
    {
        string appId = NewAppId();
        RecordingHandler handler = Answering("""{"agent_id":"CN29X10YH","create_ts":1737111452,"status":"RUNNING"}""");

        AgentInstanceResponse agent = await China(handler).JoinAsync(appId, new JoinAgentRequest
        {
            Name = "cn-agent",
            Properties = new AgentProperties
            {
                Channel = "room-cn",
                Token = "",
                AgentRtcUid = "1001",
                RemoteRtcUids = new[] { "1002" },
                Asr = new AsrConfig { Vendor = new AsrVendor("fengming"), Language = "zh-CN" },
                Llm = new LlmConfig { Url = "https://llm.example.cn/v1/chat/completions" },
                Tts = new TtsConfig { Vendor = new TtsVendor("bytedance"), Params = Json("""{"voice_type":"BV001"}""") },
            },
        });

        SentRequest sent = handler.Single;
        AssertSent(sent, "POST", ChinaBase + appId + "/join");
        sent.AssertJsonBody("""
            {
              "name": "cn-agent",
              "properties": {
                "channel": "room-cn", "token": "", "agent_rtc_uid": "1001", "remote_rtc_uids": ["1002"],
                "asr": { "vendor": "fengming", "language": "zh-CN" },
                "llm": { "url": "https://llm.example.cn/v1/chat/completions" },
                "tts": { "vendor": "bytedance", "params": { "voice_type": "BV001" } }
              }
            }
            """);
        Assert.Equal("CN29X10YH", agent.AgentId);
        Assert.Equal(AgentStatus.Running, agent.Status);
    }

    [Fact]
    public async Task Query_leave_and_speak_go_to_cn_paths()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering("""{"start_ts":1735035893,"status":"STOPPED","name":"n","agent_id":"a"}""");
        IConversationalAiApi api = China(handler);

        AgentStatusResponse status = await api.QueryAsync(appId, agentId);
        await api.LeaveAsync(appId, agentId);
        await api.SpeakAsync(appId, agentId, new SpeakRequest { Text = "您好" });

        AssertSent(handler.Requests[0], "GET", ChinaBase + appId + "/agents/" + agentId);
        AssertSent(handler.Requests[1], "POST", ChinaBase + appId + "/agents/" + agentId + "/leave");
        AssertSent(handler.Requests[2], "POST", ChinaBase + appId + "/agents/" + agentId + "/speak");
        handler.Requests[2].AssertJsonBody("""{"text":"您好"}""");
        Assert.Equal(AgentStatus.Stopped, status.Status);
    }

    [Fact]
    public async Task List_and_turns_keep_their_query_on_cn_paths()
    {
        string appId = NewAppId();
        string agentId = NewAgentId();
        RecordingHandler handler = Answering("{}");
        IConversationalAiChinaApi api = China(handler);

        await api.ListAsync(appId, state: new AgentStateFilter(AgentStateCode.Running, AgentStateCode.Stopped), limit: 5);
        await api.GetTurnsAsync(appId, agentId, pageIndex: 1);

        AssertSent(handler.Requests[0], "GET", ChinaBase + appId + "/agents");
        Assert.Equal("?state=2%2C4&limit=5", handler.Requests[0].Uri.Query);
        AssertSent(handler.Requests[1], "GET", ChinaBase + appId + "/agents/" + agentId + "/turns");
        Assert.Equal("?page_index=1", handler.Requests[1].Uri.Query);
    }
}
