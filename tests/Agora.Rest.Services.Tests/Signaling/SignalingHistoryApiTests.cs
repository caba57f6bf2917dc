using System;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.Signaling;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.Signaling;

/// <summary>Signaling message history on https://api.sd-rtn.com, with a Signaling token.</summary>
public sealed class SignalingHistoryApiTests
{
    private static readonly string AppId = Guid.NewGuid().ToString("N");

    private static AgoraCredentials NewTokenCredentials() => AgoraCredentials.Token("007" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task GetMessageHistoryAsync_gets_the_history_route_with_a_token_and_reads_the_page()
    {
        var handler = new RecordingHandler("""
            {"errorCode":200,"error":false,"requestId":"1121_1234231","operation":"getMessage","reason":"","timestamp":1767225600123,
             "data":{"messageList":[
               {"messageType":"STRING","message":"Hello, how are you?","customType":"text","publisher":"Tony","timestamp":1767225500},
               {"messageType":"BINARY","message":"AAEC","customType":"blob","publisher":"Ann","timestamp":1767225501}],
             "count":2,"newStart":1767225502}}
            """);
        var api = new SignalingHistoryApiClient(handler.NewHttpClient(), NewTokenCredentials());

        MessageHistoryResponse answer = await api.GetMessageHistoryAsync(
            AppId, "Tony", HistoryChannelType.Message, "chat room", startTimestamp: 1767225000, endTimestamp: 1767226000, messageCount: 50);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(
            $"https://api.sd-rtn.com/rtm/v2/history/{AppId}/userId/Tony/channelType/message/channel/chat%20room?start=1767225000&end=1767226000&messageCount=50",
            sent.Uri.AbsoluteUri);
        Assert.Equal("agora", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.True(answer.Succeeded());
        Assert.Equal(200, answer.ErrorCode);
        Assert.False(answer.Error);
        Assert.Equal("1121_1234231", answer.RequestId);
        Assert.Equal("getMessage", answer.Operation);
        Assert.Equal(string.Empty, answer.Reason);
        Assert.Equal(1767225600123L, answer.Timestamp);
        Assert.Equal(2, answer.Data!.Count);
        Assert.Equal(1767225502L, answer.Data.NewStart);
        Assert.Collection(
            answer.Data.MessageList!,
            m =>
            {
                Assert.Equal(HistoryMessageType.Text, m.MessageType);
                Assert.Equal(("Hello, how are you?", "text", "Tony", 1767225500L), (m.Message, m.CustomType, m.Publisher, m.Timestamp!.Value));
            },
            m =>
            {
                Assert.Equal(HistoryMessageType.Binary, m.MessageType);
                Assert.Equal(("AAEC", "blob", "Ann", 1767225501L), (m.Message, m.CustomType, m.Publisher, m.Timestamp!.Value));
            });
    }

    [Fact]
    public async Task GetMessageHistoryAsync_leaves_out_the_window_it_was_not_given()
    {
        var handler = new RecordingHandler("""{"errorCode":200,"error":false,"data":{"messageList":[],"count":0,"newStart":0}}""");
        var api = new SignalingHistoryApiClient(handler.NewHttpClient(), NewTokenCredentials());

        await api.GetMessageHistoryAsync(AppId, "Tony", HistoryChannelType.User, "Ann");

        Assert.Equal($"https://api.sd-rtn.com/rtm/v2/history/{AppId}/userId/Tony/channelType/user/channel/Ann", handler.Single.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_failure_inside_an_http_200_reads_as_not_succeeded()
    {
        var handler = new RecordingHandler("""{"errorCode":404,"error":true,"requestId":"r-1","operation":"getMessage","reason":"channel not found","timestamp":1767225600123}""");
        var api = new SignalingHistoryApiClient(handler.NewHttpClient(), NewTokenCredentials());

        MessageHistoryResponse answer = await api.GetMessageHistoryAsync(AppId, "Tony", HistoryChannelType.Message, "nowhere");

        Assert.False(answer.Succeeded());
        Assert.Equal(404, answer.ErrorCode);
        Assert.True(answer.Error);
        Assert.Equal("channel not found", answer.Reason);
        Assert.Null(answer.Data);
    }

    [Theory]
    [InlineData("""{"errorCode":500,"error":false}""", false)]
    [InlineData("""{"errorCode":200,"error":true}""", false)]
    [InlineData("""{"errorCode":200,"error":false}""", true)]
    public void Succeeded_needs_both_error_false_and_code_200(string json, bool expected)
    {
        MessageHistoryResponse answer = System.Text.Json.JsonSerializer.Deserialize(json, AgoraServicesJson.Default.MessageHistoryResponse)!;

        Assert.Equal(expected, answer.Succeeded());
    }
}
