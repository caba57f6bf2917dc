using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Testing;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Options;
using Xunit;

namespace Agora.Samples.Server.Tests;

/// <summary>
/// samples/Agora.Samples.Server end to end: callers over HTTP to the sample on Kestrel, the sample over HTTP to the
/// emulator, and client apps using the tokens it issues against the emulator.
/// </summary>
public sealed class ServerSampleTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Channels_are_read_from_Agora_with_the_configured_Basic_credentials()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        server.Emulator.AddUser(server.AgoraApp.AppId, "stage", 42);
        server.Emulator.AddUser(server.AgoraApp.AppId, "stage", 43);
        using HttpClient alice = server.Caller("alice");

        OnlineChannels? channels = await alice.GetFromJsonAsync<OnlineChannels>("/api/channels", Web);
        ChannelMembers? members = await alice.GetFromJsonAsync<ChannelMembers>("/api/channels/stage/users", Web);

        Assert.Equal(new OnlineChannel("stage", 2), Assert.Single(channels!.Channels));
        Assert.Equal(new long[] { 42, 43 }, members!.Uids);
        Assert.All(server.Emulator.ReceivedRequests, r => Assert.Equal(("Basic", true), (r.Authentication, r.Authenticated)));
    }

    [Theory]
    [InlineData("/api/tokens/rtc")]
    [InlineData("/api/tokens/signaling")]
    public async Task Callers_who_are_not_signed_in_get_no_token(string path)
    {
        await using SampleServer server = await SampleServer.StartAsync();
        using HttpClient anonymous = server.Caller();

        using HttpResponseMessage response = await anonymous.PostAsJsonAsync(path, new { channel = "stage" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_RTC_token_is_for_the_signed_in_caller_whatever_the_request_says()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        using HttpClient alice = server.Caller("alice");

        using HttpResponseMessage response = await alice.PostAsJsonAsync("/api/tokens/rtc", new { channel = "stage", role = "publisher", account = "bob" });
        IssuedToken? issued = await response.Content.ReadFromJsonAsync<IssuedToken>(Web);

        AccessToken2 token = AccessToken2.Parse(issued!.Token);
        Assert.True(token.VerifySignature(server.AgoraApp.Certificate));
        Assert.Equal(server.AgoraApp.AppId, token.AppId);
        RtcService rtc = Assert.IsType<RtcService>(Assert.Single(token.Services));
        Assert.Equal(("stage", "alice"), (rtc.ChannelName, rtc.Uid));
        Assert.Equal("alice", issued.Account);
        Assert.InRange(token.ExpiresAt - token.IssuedAt, TimeSpan.FromSeconds(3599), TimeSpan.FromSeconds(3600));
    }

    [Theory]
    [InlineData("bad/channel", null)]
    [InlineData("a-channel-name-that-is-far-too-long-for-agora-which-allows-64-bytes", null)]
    [InlineData("stage", "owner")]
    public async Task Bad_token_requests_are_refused_with_a_validation_problem(string channel, string? role)
    {
        await using SampleServer server = await SampleServer.StartAsync();
        using HttpClient alice = server.Caller("alice");

        using HttpResponseMessage response = await alice.PostAsJsonAsync("/api/tokens/rtc", new { channel, role });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_Signaling_token_lets_the_caller_send_as_itself_and_not_as_anyone_else()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        using HttpClient alice = server.Caller("alice");
        using HttpResponseMessage response = await alice.PostAsync("/api/tokens/signaling", content: null);
        IssuedToken? issued = await response.Content.ReadFromJsonAsync<IssuedToken>(Web);
        using HttpClient agora = server.Agora();
        var signaling = new CallerSignalingApiClient(agora, AgoraCredentials.Token(issued!.Token));

        MessageResult sent = await signaling.SendPeerMessageAsync(server.AgoraApp.AppId, "alice", new PeerMessage("bob", "hi"));
        AgoraApiException asBob = await Assert.ThrowsAsync<AgoraApiException>(
            () => signaling.SendPeerMessageAsync(server.AgoraApp.AppId, "bob", new PeerMessage("carol", "it's bob")));

        Assert.Equal("success", sent.Result);
        Assert.Equal(HttpStatusCode.Unauthorized, asBob.StatusCode);
        Assert.Equal("alice", Assert.Single(server.Emulator.SignalingMessages).FromUserId);
    }

    [Fact]
    public async Task Issued_tokens_expire_after_the_configured_lifetime()
    {
        await using SampleServer server = await SampleServer.StartAsync(settings => settings["Tokens:LifetimeSeconds"] = "120");
        using HttpClient alice = server.Caller("alice");
        using HttpResponseMessage response = await alice.PostAsync("/api/tokens/signaling", content: null);
        IssuedToken? issued = await response.Content.ReadFromJsonAsync<IssuedToken>(Web);
        using HttpClient agora = server.Agora();
        var signaling = new CallerSignalingApiClient(agora, AgoraCredentials.Token(issued!.Token));

        await signaling.SendPeerMessageAsync(server.AgoraApp.AppId, "alice", new PeerMessage("bob", "now"));
        server.Time.Advance(TimeSpan.FromMinutes(3));
        AgoraApiException late = await Assert.ThrowsAsync<AgoraApiException>(
            () => signaling.SendPeerMessageAsync(server.AgoraApp.AppId, "alice", new PeerMessage("bob", "later")));

        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
    }

    [Fact]
    public async Task Presence_is_read_with_the_server_s_own_Signaling_token()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        server.Emulator.AddUserEvent(server.AgoraApp.AppId, "bob", loggedIn: true, server.Time.GetUtcNow());
        using HttpClient alice = server.Caller("alice");

        PresenceChange[]? changes = await alice.GetFromJsonAsync<PresenceChange[]>("/api/presence", Web);

        PresenceChange bob = Assert.Single(changes!);
        Assert.Equal(("bob", true), (bob.UserId, bob.Online));
        Assert.Equal(("agora token", true), (server.Emulator.ReceivedRequests[0].Authentication, server.Emulator.ReceivedRequests[0].Authenticated));
    }

    [Fact]
    public async Task A_wrong_customer_secret_is_a_502_naming_Agora_s_answer_and_no_secret()
    {
        string wrongSecret = SampleServer.RandomHex();
        await using SampleServer server = await SampleServer.StartAsync(settings => settings["Agora:CustomerSecret"] = wrongSecret);
        using HttpClient alice = server.Caller("alice");

        using HttpResponseMessage response = await alice.GetAsync("/api/channels");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("Agora answered 401", body, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongSecret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Account.CustomerId, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Agora:CustomerSecret")]
    [InlineData("Agora:AppCertificate")]
    public async Task A_missing_setting_stops_the_server_at_start_naming_the_key(string key)
    {
        OptionsValidationException error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => SampleServer.StartAsync(settings => settings.Remove(key)));

        Assert.Contains(key + " is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains(key.Replace(":", "__", StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_the_demo_sign_in_refuses_to_start()
    {
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => SampleServer.StartAsync(environment: "Production"));

        Assert.Contains("Development", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agora_s_rate_limit_reaches_the_caller_as_429_with_Retry_After()
    {
        await using SampleServer server = await SampleServer.StartAsync(enforceRateLimits: true);
        using HttpClient alice = server.Caller("alice");
        for (int i = 0; i < 20; i++)
        {
            using HttpResponseMessage ok = await alice.GetAsync("/api/channels");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using HttpResponseMessage limited = await alice.GetAsync("/api/channels");

        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.Contains("Agora answered 429", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_injected_fault_is_a_502_and_the_next_call_succeeds()
    {
        await using SampleServer server = await SampleServer.StartAsync();
        server.Emulator.InjectFault("GET", "/dev/v1/channel/{appid}", EmulatorFault.Status(503));
        using HttpClient alice = server.Caller("alice");

        using HttpResponseMessage failed = await alice.GetAsync("/api/channels");
        using HttpResponseMessage next = await alice.GetAsync("/api/channels");

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
