using System;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.Signaling;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.Signaling;

/// <summary>Signaling messages and events under https://api.agora.io/dev/v2/project, with Basic credentials.</summary>
public sealed class SignalingApiTests
{
    private static readonly string AppId = Guid.NewGuid().ToString("N");

    private static string Project => "https://api.agora.io/dev/v2/project/" + AppId;

    [Fact]
    public async Task SendPeerMessageAsync_posts_the_message_and_waits_for_the_ack_when_asked()
    {
        var handler = new RecordingHandler("""{"result":"success","request_id":"8231","code":"message_delivered"}""");
        var api = new SignalingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        SendMessageResponse answer = await api.SendPeerMessageAsync(
            AppId,
            "user A",
            new PeerMessageRequest { Destination = "userB", Payload = "{\"move\":\"e4\"}", EnableHistoricalMessaging = true },
            waitForAck: true);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal($"{Project}/rtm/users/user%20A/peer_messages?wait_for_ack=true", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody("""{"destination":"userB","payload":"{\"move\":\"e4\"}","enable_historical_messaging":true}""");

        Assert.Equal(SignalingResult.Success, answer.Result);
        Assert.Equal("8231", answer.RequestId);
        Assert.Equal(MessageStatus.Delivered, answer.Code);
    }

    [Fact]
    public async Task SendPeerMessageAsync_leaves_out_what_it_was_not_given_and_reads_an_offline_receiver()
    {
        var handler = new RecordingHandler("""{"result":"success","request_id":"77","code":"message_offline"}""");
        var api = new SignalingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        SendMessageResponse answer = await api.SendPeerMessageAsync(
            AppId, "userA", new PeerMessageRequest { Destination = "userB", Payload = "Hello", EnableOfflineMessaging = false });

        SentRequest sent = handler.Single;
        Assert.Equal($"{Project}/rtm/users/userA/peer_messages", sent.Uri.AbsoluteUri);
        sent.AssertJsonBody("""{"destination":"userB","payload":"Hello","enable_offline_messaging":false}""");
        Assert.Equal(MessageStatus.Offline, answer.Code);
    }

    [Fact]
    public async Task SendChannelMessageAsync_posts_the_message_to_the_channel_route()
    {
        var handler = new RecordingHandler("""{"result":"success","request_id":"123","code":"message_sent"}""");
        var api = new SignalingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        SendMessageResponse answer = await api.SendChannelMessageAsync(
            AppId, "server-bot", new ChannelMessageRequest { ChannelName = "channelA", Payload = "Hello", EnableHistoricalMessaging = false });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal($"{Project}/rtm/users/server-bot/channel_messages", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody("""{"channel_name":"channelA","payload":"Hello","enable_historical_messaging":false}""");

        Assert.Equal(SignalingResult.Success, answer.Result);
        Assert.Equal("123", answer.RequestId);
        Assert.Equal(MessageStatus.Sent, answer.Code);
    }

    [Fact]
    public async Task GetUserEventsAsync_reads_login_and_logout_events()
    {
        var handler = new RecordingHandler("""
            {"result":"success","request_id":"10116762670167749259","events":[
              {"user_id":"rtmtest_RTM_4852_4857w7%","type":"Login","ms":1578027420761},
              {"user_id":"guest 2","type":"Logout","ms":1578027421000}]}
            """);
        var api = new SignalingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        UserEventsResponse answer = await api.GetUserEventsAsync(AppId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"{Project}/rtm/vendor/user_events", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.Equal(SignalingResult.Success, answer.Result);
        Assert.Equal("10116762670167749259", answer.RequestId);
        Assert.Collection(
            answer.Events!,
            e => Assert.Equal(("rtmtest_RTM_4852_4857w7%", UserEventType.Login, 1578027420761L), (e.UserId, e.Type!.Value, e.Ms)),
            e => Assert.Equal(("guest 2", UserEventType.Logout, 1578027421000L), (e.UserId, e.Type!.Value, e.Ms)));
    }

    [Fact]
    public async Task GetChannelEventsAsync_reads_join_and_leave_events()
    {
        var handler = new RecordingHandler("""
            {"result":"success","request_id":"4410","events":[
              {"group_id":"example_channel_id","user_id":"u1","type":"Join","ms":1578027418981},
              {"group_id":"example_channel_id","user_id":"u1","type":"Leave","ms":1578027419500}]}
            """);
        var api = new SignalingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ChannelEventsResponse answer = await api.GetChannelEventsAsync(AppId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"{Project}/rtm/vendor/channel_events", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.Equal(SignalingResult.Success, answer.Result);
        Assert.Collection(
            answer.Events!,
            e => Assert.Equal(("example_channel_id", "u1", ChannelEventType.Join, 1578027418981L), (e.GroupId, e.UserId, e.Type!.Value, e.Ms)),
            e => Assert.Equal(("example_channel_id", "u1", ChannelEventType.Leave, 1578027419500L), (e.GroupId, e.UserId, e.Type!.Value, e.Ms)));
    }

    [Fact]
    public async Task A_failed_result_and_an_unknown_status_read_as_they_are()
    {
        var handler = new RecordingHandler("""{"result":"failed","request_id":"9","code":"message_throttled"}""");
        var api = new SignalingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        SendMessageResponse answer = await api.SendChannelMessageAsync(AppId, "bot", new ChannelMessageRequest { ChannelName = "c", Payload = "p" });

        Assert.Equal(SignalingResult.Failed, answer.Result);
        Assert.Equal("message_throttled", answer.Code!.Value.Value);
    }
}
