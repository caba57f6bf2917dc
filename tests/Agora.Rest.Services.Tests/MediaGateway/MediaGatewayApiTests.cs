using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Services;
using Agora.Rest.Services.MediaGateway;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.MediaGateway;

public sealed class MediaGatewayApiTests
{
    private const string Success = """{"status":"success"}""";

    private readonly string _appId = Guid.NewGuid().ToString("N");
    private readonly string _requestId = Guid.NewGuid().ToString("D");
    private readonly string _sid = Guid.NewGuid().ToString("N").ToUpperInvariant();

    private static (MediaGatewayApiClient Api, RecordingHandler Handler, HeaderCapture Headers) NewClient(string answerJson, HttpStatusCode status = HttpStatusCode.OK)
    {
        var handler = new RecordingHandler(answerJson, status);
        var headers = new HeaderCapture(handler);
        return (new MediaGatewayApiClient(new HttpClient(headers), RecordingHandler.NewBasicCredentials()), handler, headers);
    }

    private static (MediaGatewayStreamControlApiClient Api, RecordingHandler Handler, HeaderCapture Headers) NewStreamControlClient(string answerJson)
    {
        var handler = new RecordingHandler(answerJson);
        var headers = new HeaderCapture(handler);
        return (new MediaGatewayStreamControlApiClient(new HttpClient(headers), RecordingHandler.NewBasicCredentials()), handler, headers);
    }

    private static void AssertSent(SentRequest sent, HttpMethod method, string host, string path)
    {
        Assert.Equal(method, sent.Method);
        Assert.Equal(host, sent.Uri.Host);
        Assert.Equal(path, sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
    }

    [Fact]
    public async Task CreateStreamKey_posts_the_settings_and_reads_the_key()
    {
        string streamKey = "sk" + Guid.NewGuid().ToString("N");
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient($$"""
            {"status":"success","data":{"streamKey":"{{streamKey}}","channel":"shx001","uid":"1001","expiresAfter":86400,"createdAt":"1686820170"} }
            """);

        MediaGatewayStreamKeyResponse created = await api.CreateStreamKeyAsync(
            MediaGatewayRegion.NorthAmerica,
            _appId,
            new MediaGatewayStreamKeyRequest
            {
                Settings = new MediaGatewayStreamKeySettings { Channel = "shx001", Uid = "1001", ExpiresAfter = 86400, TemplateId = "720p" },
            },
            _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Post, "api.agora.io", $"/na/v1/projects/{_appId}/rtls/ingress/streamkeys");
        sent.AssertJsonBody("""{"settings":{"channel":"shx001","uid":"1001","expiresAfter":86400,"templateId":"720p"}}""");
        Assert.Equal(_requestId, headers.RequestId);
        Assert.Equal("success", created.Status);
        Assert.Equal(streamKey, created.Data!.StreamKey);
        Assert.Equal("shx001", created.Data.Channel);
        Assert.Equal("1001", created.Data.Uid);
        Assert.Equal(86400L, created.Data.ExpiresAfter);
        Assert.Equal("1686820170", created.Data.CreatedAt);
    }

    [Fact]
    public async Task CreateStreamKey_without_a_template_or_request_id_sends_neither()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient("""{"status":"success","data":{"streamKey":"k","channel":"","uid":"0","expiresAfter":0,"createdAt":"1"}}""");

        await api.CreateStreamKeyAsync(
            MediaGatewayRegion.Europe,
            _appId,
            new MediaGatewayStreamKeyRequest { Settings = new MediaGatewayStreamKeySettings { Channel = "live", Uid = "", ExpiresAfter = 0 } });

        handler.Single.AssertJsonBody("""{"settings":{"channel":"live","uid":"","expiresAfter":0}}""");
        Assert.Null(headers.RequestId);
    }

    [Fact]
    public async Task GetStreamKey_reads_the_key()
    {
        string streamKey = "sk" + Guid.NewGuid().ToString("N");
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient($$"""
            {"status":"success","data":{"streamKey":"{{streamKey}}","channel":"class-7","uid":"alice","expiresAfter":0,"createdAt":"1700000000"} }
            """);

        MediaGatewayStreamKeyResponse key = await api.GetStreamKeyAsync(MediaGatewayRegion.AsiaPacific, _appId, streamKey, _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Get, "api.agora.io", $"/ap/v1/projects/{_appId}/rtls/ingress/streamkeys/{streamKey}");
        Assert.Null(sent.Body);
        Assert.Equal(_requestId, headers.RequestId);
        Assert.Equal(streamKey, key.Data!.StreamKey);
        Assert.Equal("class-7", key.Data.Channel);
        Assert.Equal("alice", key.Data.Uid);
        Assert.Equal(0L, key.Data.ExpiresAfter);
        Assert.Equal("1700000000", key.Data.CreatedAt);
    }

    [Fact]
    public async Task DeleteStreamKey_deletes_the_key()
    {
        string streamKey = "sk" + Guid.NewGuid().ToString("N");
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient(Success);

        MediaGatewayStatusResponse deleted = await api.DeleteStreamKeyAsync(MediaGatewayRegion.MainlandChina, _appId, streamKey, _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Delete, "api.agora.io", $"/cn/v1/projects/{_appId}/rtls/ingress/streamkeys/{streamKey}");
        Assert.Null(sent.Body);
        Assert.Equal(_requestId, headers.RequestId);
        Assert.Equal("success", deleted.Status);
    }

    [Fact]
    public async Task ListOnlineStreams_filters_by_channel_and_reads_the_streams()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, _) = NewClient($$"""
            {
              "status": "success",
              "data": [
                {
                  "sid": "{{_sid}}", "channel": "room 1/a", "uid": "1001", "url": "rtmp://push.example/live/key1",
                  "status": "Running", "beginAt": "2024-01-01 01:01:01.001", "bitrate": 2500,
                  "video": { "width": 1280, "height": 720, "fps": 30 },
                  "audio": { "channels": 2, "sampleRate": 48000 }
                },
                { "sid": "S2", "channel": "room 1/a", "uid": "1002", "url": "rtmp://push.example/live/key2", "status": "Started", "beginAt": "2024-01-01 01:02:00.000", "bitrate": 0 },
                { "sid": "S3", "channel": "room 1/a", "uid": "1003", "url": "rtmp://push.example/live/key3", "status": "Draining" }
              ]
            }
            """);

        MediaGatewayOnlineStreamListResponse list = await api.ListOnlineStreamsAsync(MediaGatewayRegion.NorthAmerica, _appId, channel: "room 1/a");

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Get, "api.agora.io", $"/na/v1/projects/{_appId}/rtls/ingress/online-streams");
        Assert.Equal("?channel=room%201%2Fa", sent.Uri.Query);
        Assert.Null(sent.Body);
        Assert.Equal("success", list.Status);
        Assert.Equal(3, list.Data!.Count);
        MediaGatewayOnlineStreamInfo running = list.Data[0];
        Assert.Equal(_sid, running.Sid);
        Assert.Equal("room 1/a", running.Channel);
        Assert.Equal("1001", running.Uid);
        Assert.Equal("rtmp://push.example/live/key1", running.Url);
        Assert.Equal(MediaGatewayStreamStatus.Running, running.Status);
        Assert.Equal("2024-01-01 01:01:01.001", running.BeginAt);
        Assert.Equal(2500, running.Bitrate);
        Assert.Equal(1280, running.Video!.Width);
        Assert.Equal(720, running.Video.Height);
        Assert.Equal(30, running.Video.Fps);
        Assert.Equal(2, running.Audio!.Channels);
        Assert.Equal(48000, running.Audio.SampleRate);
        Assert.Equal(MediaGatewayStreamStatus.Started, list.Data[1].Status);
        Assert.Null(list.Data[1].Video);
        Assert.Equal(new MediaGatewayStreamStatus("Draining"), list.Data[2].Status);
    }

    [Fact]
    public async Task ListOnlineStreams_without_a_channel_sends_no_query()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, _) = NewClient("""{"status":"success","data":[]}""");

        MediaGatewayOnlineStreamListResponse list = await api.ListOnlineStreamsAsync(MediaGatewayRegion.Europe, _appId);

        Assert.Equal(string.Empty, handler.Single.Uri.Query);
        Assert.Empty(list.Data!);
    }

    [Fact]
    public async Task GetOnlineStream_reads_the_stream()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient($$"""
            {"status":"success","data":[{"sid":"{{_sid}}","channel":"c1","uid":"7","url":"rtmp://push.example/live/k","status":"Started","beginAt":"2024-05-06 07:08:09.010","bitrate":800}]}
            """);

        MediaGatewayOnlineStreamResponse stream = await api.GetOnlineStreamAsync(MediaGatewayRegion.Europe, _appId, _sid, _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Get, "api.agora.io", $"/eu/v1/projects/{_appId}/rtls/ingress/online-streams/{_sid}");
        Assert.Equal(_requestId, headers.RequestId);
        MediaGatewayOnlineStreamInfo info = Assert.Single(stream.Data!);
        Assert.Equal(_sid, info.Sid);
        Assert.Equal(MediaGatewayStreamStatus.Started, info.Status);
        Assert.Equal(800, info.Bitrate);
        Assert.Equal("2024-05-06 07:08:09.010", info.BeginAt);
    }

    [Fact]
    public async Task DisconnectOnlineStream_deletes_the_session()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient(Success);

        MediaGatewayStatusResponse sentCommand = await api.DisconnectOnlineStreamAsync(MediaGatewayRegion.NorthAmerica, _appId, _sid, _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Delete, "api.agora.io", $"/na/v1/projects/{_appId}/rtls/ingress/online-streams/{_sid}");
        Assert.Null(sent.Body);
        Assert.Equal(_requestId, headers.RequestId);
        Assert.Equal("success", sentCommand.Status);
    }

    [Fact]
    public async Task MuteOnlineStream_posts_to_the_stream_control_host()
    {
        (MediaGatewayStreamControlApiClient api, RecordingHandler handler, HeaderCapture headers) = NewStreamControlClient(Success);

        MediaGatewayStatusResponse muted = await api.MuteOnlineStreamAsync(
            MediaGatewayRegion.AsiaPacific,
            _appId,
            _sid,
            new MediaGatewayMuteRequest { Settings = new MediaGatewayMuteSettings { VideoMuted = true, AudioMuted = false } },
            _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Post, "api.sd-rtn.com", $"/ap/v1/projects/{_appId}/rtls/ingress/online-streams/mute/{_sid}");
        sent.AssertJsonBody("""{"settings":{"videoMuted":true,"audioMuted":false}}""");
        Assert.Equal(_requestId, headers.RequestId);
        Assert.Equal("success", muted.Status);
    }

    [Fact]
    public async Task CreateOrResetTemplate_puts_the_whole_template()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient(Success);

        MediaGatewayStatusResponse created = await api.CreateOrResetTemplateAsync(
            MediaGatewayRegion.NorthAmerica,
            _appId,
            "720p",
            new MediaGatewayTemplateRequest
            {
                Settings = new MediaGatewayTemplateSettings
                {
                    Transcoding = new MediaGatewayTranscoding
                    {
                        Video = new MediaGatewayVideoTranscoding
                        {
                            Enabled = true,
                            Mode = MediaGatewayTranscodingMode.Adaptive,
                            Codec = MediaGatewayVideoCodec.H264,
                            Width = 1280,
                            Height = 720,
                            Fps = 24,
                            Bitrate = 2200,
                            AdvancedOptions = new MediaGatewayVideoAdvancedOptions
                            {
                                Pvc = new MediaGatewayPvc { Enabled = true, SaveBitrateRatio = 20 },
                                SuperResolution = new MediaGatewaySuperResolution { Enabled = false, AlphaBlending = 128 },
                            },
                            SimulcastStream = new MediaGatewaySimulcastStreamSettings { Width = 960, Height = 540, Fps = 24, Bitrate = 1670 },
                            SimulcastStreamLayers = new[]
                            {
                                new MediaGatewaySimulcastStreamLayer { Id = 1, Width = 960, Height = 540, Fps = 24, Bitrate = 1200 },
                                new MediaGatewaySimulcastStreamLayer { Id = 2, Bitrate = 600 },
                            },
                        },
                        Audio = new MediaGatewayAudioTranscoding { Enabled = false, Profile = 3, Bitrate = 128 },
                    },
                    JitterBuffer = new MediaGatewayJitterBuffer { Size = 500, MaxSize = 800 },
                },
            },
            _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Put, "api.agora.io", $"/na/v1/projects/{_appId}/rtls/ingress/stream-templates/720p");
        sent.AssertJsonBody("""
            {
              "settings": {
                "transcoding": {
                  "video": {
                    "enabled": true, "mode": "adaptive", "codec": "H.264", "width": 1280, "height": 720, "fps": 24, "bitrate": 2200,
                    "advancedOptions": { "pvc": { "enabled": true, "saveBitrateRatio": 20 }, "superResolution": { "enabled": false, "alphaBlending": 128 } },
                    "simulcastStream": { "width": 960, "height": 540, "fps": 24, "bitrate": 1670 },
                    "simulcastStreamLayers": [
                      { "id": 1, "width": 960, "height": 540, "fps": 24, "bitrate": 1200 },
                      { "id": 2, "bitrate": 600 }
                    ]
                  },
                  "audio": { "enabled": false, "profile": 3, "bitrate": 128 }
                },
                "jitterBuffer": { "size": 500, "maxSize": 800 }
              }
            }
            """);
        Assert.Equal(_requestId, headers.RequestId);
        Assert.Equal("success", created.Status);
    }

    [Fact]
    public async Task UpdateTemplate_patches_only_the_units_sent()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, _) = NewClient(Success);

        MediaGatewayStatusResponse updated = await api.UpdateTemplateAsync(
            MediaGatewayRegion.Europe,
            _appId,
            "hd1080",
            new MediaGatewayTemplateUpdateRequest
            {
                Settings = new MediaGatewayTemplateUpdateSettings { JitterBuffer = new MediaGatewayJitterBuffer { Size = 300, MaxSize = 900 } },
            });

        SentRequest sent = handler.Single;
        AssertSent(sent, new HttpMethod("PATCH"), "api.agora.io", $"/eu/v1/projects/{_appId}/rtls/ingress/stream-templates/hd1080");
        sent.AssertJsonBody("""{"settings":{"jitterBuffer":{"size":300,"maxSize":900}}}""");
        Assert.Equal("success", updated.Status);
    }

    [Fact]
    public async Task DeleteTemplate_deletes_it()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient(Success);

        MediaGatewayStatusResponse deleted = await api.DeleteTemplateAsync(MediaGatewayRegion.MainlandChina, _appId, "720p", _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Delete, "api.agora.io", $"/cn/v1/projects/{_appId}/rtls/ingress/stream-templates/720p");
        Assert.Null(sent.Body);
        Assert.Equal(_requestId, headers.RequestId);
        Assert.Equal("success", deleted.Status);
    }

    [Fact]
    public async Task SetGlobalTemplate_puts_the_app_config()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient(Success);

        MediaGatewayStatusResponse set = await api.SetGlobalTemplateAsync(
            MediaGatewayRegion.AsiaPacific,
            _appId,
            new MediaGatewayGlobalTemplateRequest { Settings = new MediaGatewayGlobalTemplateSettings { DefaultStreamTemplate = "720p" } },
            _requestId);

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Put, "api.agora.io", $"/ap/v1/projects/{_appId}/rtls/ingress/appconfig");
        sent.AssertJsonBody("""{"settings":{"defaultStreamTemplate":"720p"}}""");
        Assert.Equal(_requestId, headers.RequestId);
        Assert.Equal("success", set.Status);
    }

    [Fact]
    public async Task GetNotificationServerIps_reads_the_hosts()
    {
        (MediaGatewayApiClient api, RecordingHandler handler, HeaderCapture headers) = NewClient("""
            {"data":{"service":{"hosts":[{"primaryIP":"203.0.113.10"},{"primaryIP":"198.51.100.24"}]}}}
            """);

        NotificationServerIpsResponse ips = await api.GetNotificationServerIpsAsync();

        SentRequest sent = handler.Single;
        AssertSent(sent, HttpMethod.Get, "api.agora.io", "/v2/ncs/ip");
        Assert.Equal(string.Empty, sent.Uri.Query);
        Assert.Null(sent.Body);
        Assert.Null(headers.RequestId);
        Assert.Equal(new[] { "203.0.113.10", "198.51.100.24" }, ips.Data!.Service!.Hosts!.Select(host => host.PrimaryIp));
    }

    public static TheoryData<MediaGatewayRegion, string> Regions => new()
    {
        { MediaGatewayRegion.NorthAmerica, "na" },
        { MediaGatewayRegion.Europe, "eu" },
        { MediaGatewayRegion.AsiaPacific, "ap" },
        { MediaGatewayRegion.MainlandChina, "cn" },
    };

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task Every_region_is_the_first_route_segment(MediaGatewayRegion region, string wire)
    {
        (MediaGatewayApiClient api, RecordingHandler handler, _) = NewClient("""{"status":"success","data":[]}""");

        await api.ListOnlineStreamsAsync(region, _appId);

        Assert.Equal($"/{wire}/v1/projects/{_appId}/rtls/ingress/online-streams", handler.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_failure_raises_the_message()
    {
        (MediaGatewayApiClient api, _, _) = NewClient("""{"status":"error","message":"template 720p not found"}""", HttpStatusCode.NotFound);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.DeleteTemplateAsync(MediaGatewayRegion.Europe, _appId, "720p"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("template 720p not found", error.ErrorMessage);
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

    // Holes are wildcards; a documented hole that our route makes constant (the mute route's {version} = v1) matches too.
    private static string Normalize(string operation) => Regex.Replace(Regex.Replace(operation.Trim(), @"\{[^}]*\}", "{}"), @"/\{\}/projects/", "/v1/projects/");

    /// <summary>Records the <c>X-Request-ID</c> header, which <see cref="RecordingHandler"/> does not keep.</summary>
    private sealed class HeaderCapture : DelegatingHandler
    {
        public HeaderCapture(HttpMessageHandler inner) : base(inner)
        {
        }

        public string? RequestId { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            RequestId = request.Headers.TryGetValues("X-Request-ID", out IEnumerable<string>? values) ? string.Join(",", values) : null;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
