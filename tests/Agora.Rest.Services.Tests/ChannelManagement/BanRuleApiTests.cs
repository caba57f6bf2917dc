using System;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.ChannelManagement;

/// <summary>Ban rules (wire name kicking-rule): every verb on one route, JSON bodies including the DELETE's.</summary>
public sealed class BanRuleApiTests
{
    private const string Route = "https://api.agora.io/dev/v1/kicking-rule";
    private static readonly string AppId = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task CreateBanRuleAsync_posts_the_rule_and_reads_its_id()
    {
        var handler = new RecordingHandler("""{"status":"success","id":1953}""");
        var api = new BanRuleApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        CreateBanRuleResponse answer = await api.CreateBanRuleAsync(new CreateBanRuleRequest
        {
            AppId = AppId,
            ChannelName = "stage",
            Uid = 2845863044,
            TimeInSeconds = 600,
            Privileges = [BanPrivilege.PublishAudio, BanPrivilege.PublishVideo],
        });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(Route, sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody($$"""
            {"appid":"{{AppId}}","cname":"stage","uid":2845863044,"time_in_seconds":600,"privileges":["publish_audio","publish_video"]}
            """);

        Assert.Equal("success", answer.Status);
        Assert.Equal(1953L, answer.Id);
    }

    [Fact]
    public async Task CreateBanRuleAsync_sends_a_zero_duration_and_an_ip_as_given()
    {
        var handler = new RecordingHandler("""{"status":"success","id":7}""");
        var api = new BanRuleApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        await api.CreateBanRuleAsync(new CreateBanRuleRequest
        {
            AppId = AppId,
            Ip = "203.0.113.9",
            Time = 0,
            Privileges = [BanPrivilege.JoinChannel],
        });

        handler.Single.AssertJsonBody($$"""{"appid":"{{AppId}}","ip":"203.0.113.9","time":0,"privileges":["join_channel"]}""");
    }

    [Fact]
    public async Task ListBanRulesAsync_gets_with_the_app_id_in_the_query_and_reads_every_field()
    {
        var handler = new RecordingHandler($$"""
            {"status":"success","rules":[
              {"id":1953,"appid":"{{AppId}}","uid":589517928,"opid":1406,"cname":"11","ip":"192.168.0.1","ts":"2026-01-09T07:23:06.000Z",
               "privileges":["join_channel","mute_chat"],"createAt":"2026-01-09T06:23:06.000Z","updateAt":"2026-01-09T14:23:06.000Z"}]}
            """);
        var api = new BanRuleApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ListBanRulesResponse answer = await api.ListBanRulesAsync(AppId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"{Route}?appid={AppId}", sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.Equal("success", answer.Status);
        BanRule rule = Assert.Single(answer.Rules!);
        Assert.Equal(1953L, rule.Id);
        Assert.Equal(AppId, rule.AppId);
        Assert.Equal(589517928L, rule.Uid);
        Assert.Equal(1406L, rule.OperationId);
        Assert.Equal("11", rule.ChannelName);
        Assert.Equal("192.168.0.1", rule.Ip);
        Assert.Equal("2026-01-09T07:23:06.000Z", rule.ExpiresAt);
        Assert.Equal("2026-01-09T06:23:06.000Z", rule.CreatedAt);
        Assert.Equal("2026-01-09T14:23:06.000Z", rule.UpdatedAt);
        Assert.Equal(new[] { BanPrivilege.JoinChannel, new BanPrivilege("mute_chat") }, rule.Privileges);
    }

    [Fact]
    public async Task UpdateBanRuleAsync_puts_the_new_duration_and_reads_the_new_expiry()
    {
        var handler = new RecordingHandler("""{"status":"success","result":{"id":1953,"ts":"2026-01-09T08:45:54.545Z"}}""");
        var api = new BanRuleApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        UpdateBanRuleResponse answer = await api.UpdateBanRuleAsync(new UpdateBanRuleRequest { AppId = AppId, Id = 1953, Time = 90 });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Put, sent.Method);
        Assert.Equal(Route, sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody($$"""{"appid":"{{AppId}}","id":1953,"time":90}""");

        Assert.Equal("success", answer.Status);
        Assert.Equal(1953L, answer.Result!.Id);
        Assert.Equal("2026-01-09T08:45:54.545Z", answer.Result.ExpiresAt);
    }

    [Fact]
    public async Task DeleteBanRuleAsync_sends_a_json_body_with_the_delete()
    {
        var handler = new RecordingHandler("""{"status":"success","id":1953}""");
        var api = new BanRuleApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        DeleteBanRuleResponse answer = await api.DeleteBanRuleAsync(new DeleteBanRuleRequest { AppId = AppId, Id = 1953 });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Equal(Route, sent.Uri.AbsoluteUri);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody($$"""{"appid":"{{AppId}}","id":1953}""");

        Assert.Equal("success", answer.Status);
        Assert.Equal(1953L, answer.Id);
    }
}
