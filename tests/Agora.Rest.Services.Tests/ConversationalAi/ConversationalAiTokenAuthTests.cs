using System;
using System.Net;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;
using Agora.Rest.Tokens;

namespace Agora.Rest.Services.Tests.ConversationalAi;

/// <summary>
/// Conversational AI takes HTTP Basic or a ConvoAI token, as Agora documents: the same generated client sends
/// <c>agora token=</c> when given token credentials, and the emulator checks the token's channel and uid.
/// </summary>
public sealed class ConversationalAiTokenAuthTests : IAsyncLifetime
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private const string Certificate = "5CFd2fd1755d40ecb72977518be15d3b";
    private const string Channel = "support";
    private const string AgentUid = "1001";

    private AgoraEmulator _emulator = null!;
    private System.Net.Http.HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var account = TestAccount.New(appName: "Emulated");
        _emulator = await AgoraEmulator.StartAsync(account);
        _http = _emulator.CreateAgoraHostsClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_ConvoAI_token_for_the_agent_s_channel_and_uid_starts_queries_and_stops_it()
    {
        var api = new ConversationalAiApiClient(_http, AgoraCredentials.Token(TokenFor(Channel, AgentUid)));

        AgentInstanceResponse started = await api.JoinAsync(AppId, Request(Channel));
        AgentStatusResponse running = await api.QueryAsync(AppId, started.AgentId!);
        await api.LeaveAsync(AppId, started.AgentId!);

        Assert.Equal(AgentStatus.Running, running.Status);
        Assert.Contains(_emulator.ReceivedRequests, r => r.Path.EndsWith("/join", StringComparison.Ordinal) && r.Status == 200);
    }

    [Fact]
    public async Task A_token_made_for_another_channel_is_refused_with_403()
    {
        var api = new ConversationalAiApiClient(_http, AgoraCredentials.Token(TokenFor("elsewhere", AgentUid)), new AgoraClientOptions { Retry = { MaxRetryAttempts = 0 } });

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.JoinAsync(AppId, Request(Channel)));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    private static string TokenFor(string channel, string uid) =>
        ConvoAiTokenBuilder.BuildToken(AppId, Certificate, channel, uid, RtcTokenRole.Publisher, 600, 600, 600, 600, 600, uid, 600);

    private static JoinAgentRequest Request(string channel) => new()
    {
        Name = "agent-" + Guid.NewGuid().ToString("N"),
        Properties = new AgentProperties
        {
            Channel = channel,
            Token = TokenFor(channel, AgentUid),
            AgentRtcUid = AgentUid,
            RemoteRtcUids = new[] { "42" },
        },
    };
}
