using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Services.SpeechToText;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.SpeechToText;

public sealed class SpeechToTextApiTests
{
    private readonly string _appId = Guid.NewGuid().ToString("N");
    private readonly string _agentId = "1NT29X11GQS" + Guid.NewGuid().ToString("N").Substring(0, 15).ToUpperInvariant();

    private static (ISpeechToTextApi Api, RecordingHandler Handler) NewClient(string answerJson)
    {
        var handler = new RecordingHandler(answerJson);
        return (new SpeechToTextApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials()), handler);
    }

    [Fact]
    public async Task Join_posts_the_request_and_reads_the_agent()
    {
        string accessKey = "ak-" + Guid.NewGuid().ToString("N");
        string secretKey = Guid.NewGuid().ToString("N");
        (ISpeechToTextApi api, RecordingHandler handler) = NewClient(
            $$"""{"agent_id":"{{_agentId}}","create_ts":1735035893,"status":"STARTING"}""");

        SttAgentResponse started = await api.JoinAsync(_appId, new SttJoinRequest
        {
            Name = "captions-room-42",
            Languages = new[] { "en-US", "ja-JP" },
            Keywords = new[] { "Agora", "STT" },
            MaxIdleTime = 120,
            RtcConfig = new SttRtcConfig
            {
                ChannelName = "room-42",
                PubBotUid = "88222",
                PubBotToken = "token-for-bot",
                SubscribeAudioUids = new[] { "1001", "1002" },
                EnableJsonProtocol = true,
                CryptionMode = SttEncryptionMode.Aes128Gcm2,
                Secret = "channel-key",
                Salt = "c2FsdA==",
            },
            UidLanguagesConfig = new[] { new SttUidLanguages { Uid = "1001", Languages = new[] { "zh-CN" } } },
            TranslateConfig = new SttTranslateConfig
            {
                Languages = new[] { new SttLanguagePair { Source = "en-US", Target = new[] { "fr-FR", "de-DE" } } },
            },
            CaptionConfig = new SttCaptionConfig
            {
                SliceDuration = 300,
                Storage = new SttStorageConfig
                {
                    AccessKey = accessKey,
                    SecretKey = secretKey,
                    Bucket = "captions",
                    Vendor = SttStorageVendor.S3Compatible,
                    Region = 0,
                    FileNamePrefix = new[] { "stt", "room42" },
                },
            },
            ExtensionParams = new SttCaptionExtensionParams
            {
                Endpoint = "http://minio.internal:9002",
                Type = "s3",
                Provider = "Minio",
                Sse = SttServerSideEncryption.Kms,
                TagByRule = new[] { JsonDocument.Parse("""{"rule":"*.vtt","tag":"kind=caption"}""").RootElement },
                OverwriteKeys = JsonDocument.Parse("""{"vtt":"captions.vtt"}""").RootElement,
            },
        });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("api.agora.io", sent.Uri.Host);
        Assert.Equal($"/api/speech-to-text/v1/projects/{_appId}/join", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody($$"""
            {
              "name": "captions-room-42",
              "languages": ["en-US", "ja-JP"],
              "keywords": ["Agora", "STT"],
              "maxIdleTime": 120,
              "rtcConfig": {
                "channelName": "room-42",
                "pubBotUid": "88222",
                "pubBotToken": "token-for-bot",
                "subscribeAudioUids": ["1001", "1002"],
                "enableJsonProtocol": true,
                "cryptionMode": 7,
                "secret": "channel-key",
                "salt": "c2FsdA=="
              },
              "uidLanguagesConfig": [{ "uid": "1001", "languages": ["zh-CN"] }],
              "translateConfig": { "languages": [{ "source": "en-US", "target": ["fr-FR", "de-DE"] }] },
              "captionConfig": {
                "sliceDuration": 300,
                "storage": {
                  "accessKey": "{{accessKey}}",
                  "secretKey": "{{secretKey}}",
                  "bucket": "captions",
                  "vendor": 11,
                  "region": 0,
                  "fileNamePrefix": ["stt", "room42"]
                }
              },
              "extensionParams": {
                "endpoint": "http://minio.internal:9002",
                "type": "s3",
                "provider": "Minio",
                "sse": "kms",
                "tagByRule": [{ "rule": "*.vtt", "tag": "kind=caption" }],
                "overwritekeys": { "vtt": "captions.vtt" }
              }
            }
            """);

        Assert.Equal(_agentId, started.AgentId);
        Assert.Equal(1735035893L, started.CreateTs);
        Assert.Equal(SttAgentStatus.Starting, started.Status);
    }

    [Fact]
    public async Task Join_sends_only_the_fields_set()
    {
        (ISpeechToTextApi api, RecordingHandler handler) = NewClient("""{"agent_id":"a1","create_ts":null,"status":"RUNNING"}""");

        SttAgentResponse started = await api.JoinAsync(_appId, new SttJoinRequest
        {
            Name = "minimal",
            Languages = new[] { "en-US" },
            RtcConfig = new SttRtcConfig { ChannelName = "c", PubBotUid = "9" },
        });

        handler.Single.AssertJsonBody("""{"name":"minimal","languages":["en-US"],"rtcConfig":{"channelName":"c","pubBotUid":"9"}}""");
        Assert.Null(started.CreateTs);
        Assert.Equal(SttAgentStatus.Running, started.Status);
    }

    [Fact]
    public async Task Query_gets_the_agent_and_reads_its_state()
    {
        (ISpeechToTextApi api, RecordingHandler handler) = NewClient(
            $$"""{"message":"ok","agent_id":"{{_agentId}}","create_ts":1735035893,"status":"RECOVERING"}""");

        SttAgentQueryResponse state = await api.QueryAsync(_appId, _agentId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"/api/speech-to-text/v1/projects/{_appId}/agents/{_agentId}", sent.Uri.AbsolutePath);
        Assert.Equal(string.Empty, sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);
        Assert.Equal("ok", state.Message);
        Assert.Equal(_agentId, state.AgentId);
        Assert.Equal(1735035893L, state.CreateTs);
        Assert.Equal(SttAgentStatus.Recovering, state.Status);
    }

    [Fact]
    public async Task Leave_posts_without_a_body()
    {
        (ISpeechToTextApi api, RecordingHandler handler) = NewClient("{}");

        await api.LeaveAsync(_appId, _agentId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal($"/api/speech-to-text/v1/projects/{_appId}/agents/{_agentId}/leave", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.True(string.IsNullOrEmpty(sent.Body));
    }

    [Fact]
    public async Task Update_sends_the_sequence_and_mask_in_the_query_and_the_changes_in_the_body()
    {
        (ISpeechToTextApi api, RecordingHandler handler) = NewClient(
            $$"""{"agent_id":"{{_agentId}}","create_ts":1735035893,"status":"RUNNING"}""");

        SttAgentResponse updated = await api.UpdateAsync(
            _appId,
            _agentId,
            sequenceId: 3_000_000_000L,
            updateMask: "languages,rtcConfig.subscribeAudioUids,translateConfig.enable,translateConfig.languages,uidLanguagesConfig",
            new SttUpdateRequest
            {
                Languages = new[] { "en-US" },
                UidLanguagesConfig = Array.Empty<SttUidLanguages>(),
                RtcConfig = new SttUpdateRtcConfig { SubscribeAudioUids = new[] { "all" } },
                TranslateConfig = new SttUpdateTranslateConfig
                {
                    Enable = true,
                    Languages = new[] { new SttLanguagePair { Source = "en-US", Target = new[] { "ja-JP" } } },
                },
            });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal($"/api/speech-to-text/v1/projects/{_appId}/agents/{_agentId}/update", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Dictionary<string, string> query = Query(sent.Uri);
        Assert.Equal(2, query.Count);
        Assert.Equal("3000000000", query["sequenceId"]);
        Assert.Equal("languages,rtcConfig.subscribeAudioUids,translateConfig.enable,translateConfig.languages,uidLanguagesConfig", query["updateMask"]);
        sent.AssertJsonBody("""
            {
              "languages": ["en-US"],
              "uidLanguagesConfig": [],
              "rtcConfig": { "subscribeAudioUids": ["all"] },
              "translateConfig": { "enable": true, "languages": [{ "source": "en-US", "target": ["ja-JP"] }] }
            }
            """);
        Assert.Equal(_agentId, updated.AgentId);
        Assert.Equal(SttAgentStatus.Running, updated.Status);
    }

    [Fact]
    public async Task List_sends_the_filters_and_reads_the_page()
    {
        (ISpeechToTextApi api, RecordingHandler handler) = NewClient("""
            {
              "data": {
                "count": 2,
                "list": [
                  { "start_ts": 1735035893, "status": "RUNNING", "agent_id": "1NT29X11GQSAAAAA80BEIN56XF" },
                  { "start_ts": 1735035999, "status": "PAUSED_BY_OPS", "agent_id": "1NT29X11GQSBBBBB80BEIN56XF" }
                ]
              },
              "meta": { "cursor": "1NT29X11GQSBBBBB80BEIN56XF", "total": 7 },
              "status": "ok"
            }
            """);

        SttAgentListResponse page = await api.ListAgentsAsync(
            _appId, channel: "room 42", fromTime: 1733013296, toTime: 1734016896, state: SttAgentStateFilter.Failed, limit: 2, cursor: "1NT29X11GQSZZZZZ80BEIN56XF");

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"/api/speech-to-text/v1/projects/{_appId}/agents", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["channel"] = "room 42",
                ["from_time"] = "1733013296",
                ["to_time"] = "1734016896",
                ["state"] = "6",
                ["limit"] = "2",
                ["cursor"] = "1NT29X11GQSZZZZZ80BEIN56XF",
            },
            Query(sent.Uri));

        Assert.Equal("ok", page.Status);
        Assert.Equal(2, page.Data!.Count);
        Assert.Equal(2, page.Data.List!.Count);
        Assert.Equal("1NT29X11GQSAAAAA80BEIN56XF", page.Data.List[0].AgentId);
        Assert.Equal(1735035893L, page.Data.List[0].StartTs);
        Assert.Equal(SttAgentStatus.Running, page.Data.List[0].Status);
        Assert.Equal(new SttAgentStatus("PAUSED_BY_OPS"), page.Data.List[1].Status);
        Assert.Equal("1NT29X11GQSBBBBB80BEIN56XF", page.Meta!.Cursor);
        Assert.Equal(7, page.Meta.Total);
    }

    [Fact]
    public async Task List_without_filters_sends_no_query()
    {
        (ISpeechToTextApi api, RecordingHandler handler) = NewClient("""{"data":{"count":0,"list":[]},"meta":{"cursor":"","total":0},"status":"ok"}""");

        SttAgentListResponse page = await api.ListAgentsAsync(_appId);

        Assert.Equal(string.Empty, handler.Single.Uri.Query);
        Assert.Empty(page.Data!.List!);
        Assert.Equal(string.Empty, page.Meta!.Cursor);
    }

    public static TheoryData<SttAgentStateFilter, string> StateFilters => new()
    {
        { SttAgentStateFilter.Idle, "0" },
        { SttAgentStateFilter.Starting, "1" },
        { SttAgentStateFilter.Running, "2" },
        { SttAgentStateFilter.Stopping, "3" },
        { SttAgentStateFilter.Stopped, "4" },
        { SttAgentStateFilter.Recovering, "5" },
        { SttAgentStateFilter.Failed, "6" },
    };

    [Theory]
    [MemberData(nameof(StateFilters))]
    public async Task List_sends_each_state_as_its_code(SttAgentStateFilter state, string code)
    {
        (ISpeechToTextApi api, RecordingHandler handler) = NewClient("{}");

        await api.ListAgentsAsync(_appId, state: state);

        Assert.Equal("?state=" + code, handler.Single.Uri.Query);
    }

    public static TheoryData<string, SttAgentStatus> Statuses => new()
    {
        { "IDLE", SttAgentStatus.Idle },
        { "STARTING", SttAgentStatus.Starting },
        { "RUNNING", SttAgentStatus.Running },
        { "STOPPING", SttAgentStatus.Stopping },
        { "STOPPED", SttAgentStatus.Stopped },
        { "RECOVERING", SttAgentStatus.Recovering },
        { "FAILED", SttAgentStatus.Failed },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Every_documented_status_reads_as_its_known_value(string wire, SttAgentStatus expected)
    {
        (ISpeechToTextApi api, _) = NewClient($$"""{"agent_id":"a","status":"{{wire}}"}""");

        SttAgentQueryResponse state = await api.QueryAsync(_appId, "a");

        Assert.Equal(expected, state.Status);
        Assert.Equal(wire, state.Status.ToString());
    }

    [Fact]
    public async Task A_failure_raises_the_detail_and_reason()
    {
        var handler = new RecordingHandler("""{"detail":"agent name already used","reason":"InvalidParameter"}""", System.Net.HttpStatusCode.BadRequest);
        var api = new SpeechToTextApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.LeaveAsync(_appId, _agentId));

        Assert.Equal("agent name already used", error.ErrorMessage);
        Assert.Equal("InvalidParameter", error.Reason);
    }


    private static IEnumerable<string> Declared(Type api)
    {
        string basePath = new Uri(api.GetCustomAttribute<AgoraApiAttribute>()!.BaseAddress).AbsolutePath.TrimEnd('/');
        foreach (MethodInfo method in api.GetMethods())
        {
            HttpMethodAttribute http = method.GetCustomAttribute<HttpMethodAttribute>()!;
            string verb = http.GetType().Name.Replace("Attribute", string.Empty).ToUpperInvariant();
            yield return verb + " " + basePath + http.Route;
        }
    }

    private static string Normalize(string operation) => Regex.Replace(operation.Trim(), @"\{[^}]*\}", "{}");

    private static Dictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')));
}
