using System;
using System.Net;
using System.Threading.Tasks;
using Agora.Rest.Tokens;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>Signaling peer and channel messages: who may send as whom, delivery codes, payload limits, the shared quota.</summary>
public sealed class SignalingMessageTests : EmulatorTest
{
    public SignalingMessageTests()
        : base(new DateTimeOffset(2026, 11, 29, 9, 0, 0, 100, TimeSpan.Zero), "Alpha")
    {
    }

    private EmulatedApp Alpha => Account.Apps[0];

    private SignalingApiClient SignedInAs(string userId) =>
        new(Http, AgoraCredentials.Token(RtmTokenBuilder2.BuildToken(Alpha.AppId, Alpha.Certificate, userId, 600,
            TokenIssue.Now(Time))));

    [Fact]
    public async Task A_user_sends_a_peer_message_as_itself_and_the_emulator_keeps_it()
    {
        MessageResult sent = await SignedInAs("alice").SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("bob", "hello"));

        Assert.Equal(("success", "message_sent"), (sent.Result, sent.Code));
        Assert.Equal(new SignalingMessage(Alpha.AppId, "alice", "bob", null, "hello"), Assert.Single(Emulator.SignalingMessages));
    }

    [Fact]
    public async Task A_token_for_another_user_cannot_send_as_this_one()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => SignedInAs("mallory").SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("bob", "it's me, alice")));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Invalid authentication credentials", error.ErrorMessage);
        Assert.Empty(Emulator.SignalingMessages);
    }

    [Fact]
    public async Task A_legacy_token_for_another_uid_cannot_send_as_this_one()
    {
        uint loginUntil = (uint)Time.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds();
        string token = AccessToken.Build(Alpha.AppId, Alpha.Certificate, string.Empty, "mallory", new[] { new TokenPrivilege((ushort)AccessTokenPrivilege.RtmLogin, loginUntil) });
        var api = new SignalingLegacyApiClient(Http, AgoraCredentials.Token(token, "mallory"));

        await api.SendPeerMessageAsync(Alpha.AppId, "mallory", new PeerMessage("bob", "hi"));
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => api.SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("bob", "hi")));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Single(Emulator.SignalingMessages);
    }

    [Fact]
    public async Task An_expired_token_cannot_send()
    {
        SignalingApiClient alice = SignedInAs("alice");
        Time.Advance(TimeSpan.FromMinutes(11));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => alice.SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("bob", "late")));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Waiting_for_the_ack_tells_delivered_from_offline_by_the_peer_s_login()
    {
        Emulator.AddUserEvent(Alpha.AppId, "bob", loggedIn: true, Time.GetUtcNow());
        SignalingApiClient alice = SignedInAs("alice");

        MessageResult toBob = await alice.SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("bob", "hi"), waitForAck: true);
        MessageResult toCarol = await alice.SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("carol", "hi"), waitForAck: true);
        Emulator.AddUserEvent(Alpha.AppId, "bob", loggedIn: false, Time.GetUtcNow());
        MessageResult toBobLater = await alice.SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("bob", "hi"), waitForAck: true);

        Assert.Equal(("message_delivered", "message_offline", "message_offline"), (toBob.Code, toCarol.Code, toBobLater.Code));
    }

    [Fact]
    public async Task The_server_sends_channel_messages_as_any_user_with_Basic_credentials()
    {
        var server = new SignalingBasicApiClient(Http, Credentials);

        MessageResult sent = await server.SendChannelMessageAsync(Alpha.AppId, "announcer", new ChannelMessage("lobby", "doors open"));

        Assert.Equal("message_sent", sent.Code);
        Assert.Equal(new SignalingMessage(Alpha.AppId, "announcer", null, "lobby", "doors open"), Assert.Single(Emulator.SignalingMessages));
    }

    [Fact]
    public async Task Channel_events_are_read_once_with_the_channel_as_group_id()
    {
        DateTimeOffset at = Time.GetUtcNow();
        Emulator.AddChannelEvent(Alpha.AppId, "lobby", "alice", joined: true, at);
        Emulator.AddChannelEvent(Alpha.AppId, "lobby", "alice", joined: false, at.AddSeconds(9));
        var server = new SignalingBasicApiClient(Http, Credentials);

        ChannelEvents first = await server.ChannelEventsAsync(Alpha.AppId);
        ChannelEvents second = await server.ChannelEventsAsync(Alpha.AppId);

        Assert.Equal(
            new[] { new ChannelEvent("lobby", "alice", "Join", at.ToUnixTimeMilliseconds()), new ChannelEvent("lobby", "alice", "Leave", at.AddSeconds(9).ToUnixTimeMilliseconds()) },
            first.Events);
        Assert.Empty(second.Events);
        Assert.Empty((await server.UserEventsAsync(Alpha.AppId)).Events);
    }

    [Fact]
    public async Task A_payload_over_32_KB_is_refused()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() =>
            SignedInAs("alice").SendChannelMessageAsync(Alpha.AppId, "alice", new ChannelMessage("lobby", new string('x', 32 * 1024 + 1))));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Empty(Emulator.SignalingMessages);
    }

    [Fact]
    public async Task Peer_and_channel_messages_share_one_quota_of_500_a_second_per_app()
    {
        await using AgoraEmulator limited = await StartWithRateLimitsAsync();
        using var http = new System.Net.Http.HttpClient { BaseAddress = limited.BaseAddress };
        var server = new SignalingBasicApiClient(http, Credentials);
        var alice = new SignalingApiClient(http, AgoraCredentials.Token(RtmTokenBuilder2.BuildToken(Alpha.AppId, Alpha.Certificate, "alice", 600, TokenIssue.Now(Time))));
        for (int i = 0; i < 250; i++)
        {
            await server.SendChannelMessageAsync(Alpha.AppId, "announcer", new ChannelMessage("lobby", "m"));
            await alice.SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("bob", "m"));
        }

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => alice.SendPeerMessageAsync(Alpha.AppId, "alice", new PeerMessage("bob", "one too many")));

        Assert.Equal((HttpStatusCode)429, error.StatusCode);
        Assert.Equal(500, limited.SignalingMessages.Count);
    }

    private Task<AgoraEmulator> StartWithRateLimitsAsync()
    {
        var options = new AgoraEmulatorOptions
        {
            CustomerId = Account.CustomerId,
            CustomerSecret = Account.CustomerSecret,
            TimeProvider = Time,
            EnforceRateLimits = true,
        };
        options.Apps.Add(Alpha);
        return AgoraEmulator.StartAsync(options);
    }
}
