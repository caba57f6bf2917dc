using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.Signaling;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Rest.Services.Tests.Signaling;

// Signaling message history over sockets against the emulator at its declared host (api.sd-rtn.com routed to it), with
// Signaling tokens: the messages the Signaling client sent with historical messaging on, paged, and the failures.
public sealed class SignalingHistoryEmulatorTests : IAsyncLifetime
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private const string Certificate = "5CFd2fd1755d40ecb72977518be15d3b";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private AgoraEmulatorOptions _account = null!;
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;
    private SignalingApiClient _send = null!;

    private static AgoraClientOptions SendOnce => new() { Retry = { MaxRetryAttempts = 0 } };

    public async Task InitializeAsync()
    {
        _account = TestAccount.New(_time, "Test");
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
        _send = new SignalingApiClient(_http, AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret), SendOnce);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private SignalingHistoryApiClient HistoryFor(string userId, uint expireSeconds = 3600) =>
        new(_http, AgoraCredentials.Token(RtmTokenBuilder2.BuildToken(AppId, Certificate, userId, expireSeconds)), SendOnce);

    private Task<SendMessageResponse> SayAsync(string from, string channel, string text, bool history = true) =>
        _send.SendChannelMessageAsync(AppId, from, new ChannelMessageRequest { ChannelName = channel, Payload = text, EnableHistoricalMessaging = history });

    [Fact]
    public async Task History_returns_the_channel_messages_sent_with_history_on_newest_first()
    {
        long first = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await SayAsync("alice", "lobby", "hello");
        _time.Advance(TimeSpan.FromSeconds(2));
        await SayAsync("bob", "lobby", "not kept", history: false);
        await SayAsync("bob", "lobby", "hi alice");
        await SayAsync("bob", "elsewhere", "other channel");

        MessageHistoryResponse answer = await HistoryFor("carol").GetMessageHistoryAsync(AppId, "carol", HistoryChannelType.Message, "lobby");

        Assert.True(answer.Succeeded());
        Assert.Equal((200, false, "getMessage", string.Empty), (answer.ErrorCode, answer.Error, answer.Operation, answer.Reason));
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), answer.Timestamp);
        Assert.Equal(
            new[] { ("bob", "hi alice", first + 2000), ("alice", "hello", first) },
            answer.Data!.MessageList!.Select(m => (m.Publisher!, m.Message!, m.Timestamp!.Value)));
        Assert.All(answer.Data.MessageList!, m => Assert.Equal(HistoryMessageType.Text, m.MessageType));
        Assert.Equal((2, 0L), (answer.Data.Count, answer.Data.NewStart));
        Assert.Equal(4, _emulator.SignalingMessages.Count);
    }

    [Fact]
    public async Task History_pages_back_in_time_with_messageCount_and_newStart_within_the_end_bound()
    {
        for (int i = 0; i < 5; i++)
        {
            await SayAsync("alice", "lobby", $"m{i}");
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        SignalingHistoryApiClient api = HistoryFor("alice");
        MessageHistoryResponse page1 = await api.GetMessageHistoryAsync(AppId, "alice", HistoryChannelType.Message, "lobby", messageCount: 2);
        MessageHistoryResponse page2 = await api.GetMessageHistoryAsync(AppId, "alice", HistoryChannelType.Message, "lobby", startTimestamp: page1.Data!.NewStart, messageCount: 2);
        long m1 = page2.Data!.MessageList![^1].Timestamp!.Value;
        MessageHistoryResponse bounded = await api.GetMessageHistoryAsync(
            AppId, "alice", HistoryChannelType.Message, "lobby", startTimestamp: page2.Data.NewStart, endTimestamp: m1 - 1000, messageCount: 2);
        MessageHistoryResponse excluded = await api.GetMessageHistoryAsync(
            AppId, "alice", HistoryChannelType.Message, "lobby", startTimestamp: page2.Data.NewStart, endTimestamp: m1 - 999);

        Assert.Equal(new[] { "m4", "m3" }, page1.Data.MessageList!.Select(m => m.Message));
        Assert.Equal(new[] { "m2", "m1" }, page2.Data.MessageList!.Select(m => m.Message));
        Assert.Equal(m1 - 1000, page2.Data.NewStart);
        Assert.Equal(new[] { "m0" }, bounded.Data!.MessageList!.Select(m => m.Message));
        Assert.Equal(0, bounded.Data.NewStart);
        Assert.Equal(0, excluded.Data!.Count);
    }

    [Fact]
    public async Task A_user_channel_holds_the_peer_messages_between_the_two_users_in_both_directions()
    {
        await _send.SendPeerMessageAsync(AppId, "alice", new PeerMessageRequest { Destination = "bob", Payload = "ping", EnableHistoricalMessaging = true });
        _time.Advance(TimeSpan.FromMilliseconds(10));
        await _send.SendPeerMessageAsync(AppId, "bob", new PeerMessageRequest { Destination = "alice", Payload = "pong", EnableHistoricalMessaging = true });
        await _send.SendPeerMessageAsync(AppId, "bob", new PeerMessageRequest { Destination = "alice", Payload = "off the record" });
        await _send.SendPeerMessageAsync(AppId, "carol", new PeerMessageRequest { Destination = "alice", Payload = "someone else", EnableHistoricalMessaging = true });

        MessageHistoryResponse answer = await HistoryFor("bob").GetMessageHistoryAsync(AppId, "bob", HistoryChannelType.User, "alice");

        Assert.Equal(new[] { ("bob", "pong"), ("alice", "ping") }, answer.Data!.MessageList!.Select(m => (m.Publisher!, m.Message!)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_messageCount_outside_1_to_100_is_a_failure_inside_a_200(int count)
    {
        await SayAsync("alice", "lobby", "hello");

        MessageHistoryResponse answer = await HistoryFor("alice").GetMessageHistoryAsync(AppId, "alice", HistoryChannelType.Message, "lobby", messageCount: count);

        Assert.False(answer.Succeeded());
        Assert.Equal((400, true, "messageCount must be 1 to 100"), (answer.ErrorCode, answer.Error, answer.Reason));
        Assert.Null(answer.Data);
        Assert.Equal(200, _emulator.ReceivedRequests[^1].Status);
    }

    [Fact]
    public async Task An_undocumented_channel_type_is_a_failure_inside_a_200()
    {
        MessageHistoryResponse answer = await HistoryFor("alice").GetMessageHistoryAsync(AppId, "alice", new HistoryChannelType("stream"), "lobby");

        Assert.Equal((400, true, "channelType must be message or user"), (answer.ErrorCode, answer.Error, answer.Reason));
    }

    [Fact]
    public async Task A_token_of_another_user_than_the_paths_is_refused_with_401()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => HistoryFor("mallory").GetMessageHistoryAsync(AppId, "alice", HistoryChannelType.Message, "lobby"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Invalid authentication credentials", error.ErrorMessage);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_401()
    {
        SignalingHistoryApiClient api = HistoryFor("alice", expireSeconds: 60);
        Assert.True((await api.GetMessageHistoryAsync(AppId, "alice", HistoryChannelType.Message, "lobby")).Succeeded());

        _time.Advance(TimeSpan.FromSeconds(61));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.GetMessageHistoryAsync(AppId, "alice", HistoryChannelType.Message, "lobby"));
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }
}
