using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tokens;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// Conversational AI with a token instead of Basic credentials: an RTC and Signaling AccessToken2 (as
/// <c>ConvoAiTokenBuilder</c> makes) whose channel and uid must be the agent's, at most 86,400 seconds long.
/// </summary>
public sealed class ConversationalAiTokenTests : EmulatorTest
{
    private const string Channel = "support";
    private const string AgentUid = "1001";

    public ConversationalAiTokenTests()
        : base(new DateTimeOffset(2026, 11, 29, 11, 0, 0, TimeSpan.Zero), "Alpha")
    {
    }

    private EmulatedApp App => Account.Apps[0];

    private string Token(string channel = Channel, string uid = AgentUid, uint lifetime = 3600) =>
        ConvoAiTokenBuilder.BuildToken(App.AppId, App.Certificate, channel, uid, RtcTokenRole.Publisher, lifetime,
            lifetime, lifetime, lifetime, lifetime, uid, lifetime, TokenIssue.Now(Time));

    private ConversationalAiTokenApiClient With(string token) =>
        new(Http, AgoraCredentials.Token(token));

    private static StartAgent Request(string channel = Channel, string agentUid = AgentUid) =>
        new("helper", new AgentProperties(channel, "007" + EmulatorAccount.RandomHex(20), agentUid, new[] { "*" }));

    [Fact]
    public async Task A_token_for_the_agents_channel_and_uid_starts_queries_and_stops_it()
    {
        ConversationalAiTokenApiClient api = With(Token());

        AgentStarted started = await api.JoinAsync(App.AppId, Request());
        AgentState running = await api.QueryAsync(App.AppId, started.AgentId);
        await api.LeaveAsync(App.AppId, started.AgentId);

        Assert.Equal("RUNNING", running.Status);
        Assert.All(Emulator.ReceivedRequests, request => Assert.Equal(("agora token", true), (request.Authentication, request.Authenticated)));
    }

    [Theory]
    [InlineData("elsewhere", AgentUid)]
    [InlineData(Channel, "2002")]
    public async Task A_token_made_for_another_channel_or_uid_is_403(string tokenChannel, string tokenUid)
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => With(Token(tokenChannel, tokenUid)).JoinAsync(App.AppId, Request()));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("InvalidToken", error.Reason);
    }

    [Fact]
    public async Task A_token_of_another_channel_can_neither_query_nor_stop_an_agent()
    {
        AgentStarted started = await With(Token()).JoinAsync(App.AppId, Request());
        ConversationalAiTokenApiClient other = With(Token("elsewhere"));

        AgoraApiException query = await Assert.ThrowsAsync<AgoraApiException>(() => other.QueryAsync(App.AppId, started.AgentId));
        AgoraApiException leave = await Assert.ThrowsAsync<AgoraApiException>(() => other.LeaveAsync(App.AppId, started.AgentId));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (query.StatusCode, leave.StatusCode));
        Assert.Equal("RUNNING", (await With(Token()).QueryAsync(App.AppId, started.AgentId)).Status);
    }

    [Fact]
    public async Task An_expired_token_or_one_signed_with_another_certificate_is_not_accepted()
    {
        // (A token longer than Agora's 86,400 s cannot be built with this library: its builders refuse it first.)
        string expiring = Token(lifetime: 60);
        string foreign = ConvoAiTokenBuilder.BuildToken(App.AppId, EmulatorAccount.RandomHex(), Channel, AgentUid, RtcTokenRole.Publisher, 600,
            600, 600, 600, 600, AgentUid, 600, TokenIssue.Now(Time));

        AgoraApiException foreignError = await Assert.ThrowsAsync<AgoraApiException>(() => With(foreign).JoinAsync(App.AppId, Request()));
        Time.Advance(TimeSpan.FromSeconds(61));
        AgoraApiException expiredError = await Assert.ThrowsAsync<AgoraApiException>(() => With(expiring).JoinAsync(App.AppId, Request()));

        Assert.All(new[] { foreignError, expiredError }, error => Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode));
        Assert.All(Emulator.ReceivedRequests, request => Assert.False(request.Authenticated));
    }

    [Fact]
    public async Task The_quoted_form_of_the_header_is_accepted_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/conversational-ai-agent/v2/projects/{App.AppId}/join")
        {
            Content = new StringContent("""{"name":"helper","properties":{"channel":"support","token":"007x","agent_rtc_uid":"1001","remote_rtc_uids":["*"]}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"agora token=\"{Token()}\"");

        using HttpResponseMessage response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_reaches_the_other_operations_of_its_channel_only_and_not_the_china_paths()
    {
        AgentStarted mine = await With(Token()).JoinAsync(App.AppId, Request());
        AgentStarted other = await With(Token("elsewhere")).JoinAsync(App.AppId, Request(channel: "elsewhere"));

        using HttpResponseMessage spoken = await SendAsync(HttpMethod.Post, $"agents/{mine.AgentId}/speak", Token(), """{"text":"Hi"}""");
        using HttpResponseMessage foreign = await SendAsync(HttpMethod.Post, $"agents/{other.AgentId}/speak", Token(), """{"text":"Hi"}""");
        using HttpResponseMessage listed = await SendAsync(HttpMethod.Get, "agents", Token());
        using HttpResponseMessage china = await SendAsync(HttpMethod.Get, "agents", Token(), prefix: "cn/");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (spoken.StatusCode, foreign.StatusCode));
        string list = await listed.Content.ReadAsStringAsync();
        Assert.Contains(mine.AgentId, list, StringComparison.Ordinal);
        Assert.DoesNotContain(other.AgentId, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, china.StatusCode); // the China service documents Basic credentials only
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, string? json = null, string prefix = "")
    {
        using var request = new HttpRequestMessage(method, $"{prefix}api/conversational-ai-agent/v2/projects/{App.AppId}/{path}");
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("Authorization", $"agora token={token}");
        return await Http.SendAsync(request);
    }
}
