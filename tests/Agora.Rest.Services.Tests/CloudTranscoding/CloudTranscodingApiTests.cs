using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Services;
using Agora.Rest.Services.CloudTranscoding;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.CloudTranscoding;

public sealed class CloudTranscodingApiTests
{
    private const string Host = "api.sd-rtn.com";

    private readonly string _appId = Guid.NewGuid().ToString("N");

    private static CloudTranscodingApiClient NewClient(RecordingHandler handler) =>
        new(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

    // Agora's create example: one RTC audio input, one RTC video input on a 960x480 canvas, one RTC output.
    private static TranscoderServices Services(string outputChannel, string token, bool withWatermark = false, bool? lowBitrateHighQuality = null) => new()
    {
        CloudTranscoder = new CloudTranscoderService
        {
            ServiceType = TranscoderServiceType.CloudTranscoderV2,
            Config = new CloudTranscoderServiceConfig
            {
                Transcoder = new TranscoderConfig
                {
                    IdleTimeout = 300,
                    StreamProcessMode = TranscoderStreamProcessMode.Mix,
                    AudioInputs = [new TranscoderAudioInput { Rtc = new TranscoderRtcSource { RtcChannel = "test01", RtcUid = 123, RtcToken = token } }],
                    VideoInputs =
                    [
                        new TranscoderVideoInput
                        {
                            Rtc = new TranscoderRtcSource { RtcChannel = "test01", RtcUid = 4294967295, RtcToken = token },
                            PlaceholderImageUrl = "https://example.com/offline.png",
                            Region = new TranscoderRegion { X = 0, Y = 0, Width = 320, Height = 360, ZOrder = 2 },
                        },
                    ],
                    Canvas = new TranscoderCanvas { Width = 960, Height = 480, Color = 0, BackgroundImage = "https://example.com/bg.jpg", FillMode = TranscoderFillMode.Fit },
                    WaterMarks = withWatermark
                        ? [new TranscoderWatermark { ImageUrl = "https://example.com/logo.png", Region = new TranscoderRegion { X = 10, Y = 10, Width = 120, Height = 120, ZOrder = 0 } }]
                        : null,
                    Outputs =
                    [
                        new TranscoderOutput
                        {
                            Rtc = new TranscoderRtcSource { RtcChannel = outputChannel, RtcUid = 1000, RtcToken = token },
                            AudioOption = new TranscoderAudioOption { ProfileType = TranscoderAudioProfile.MusicStandard },
                            VideoOption = new TranscoderVideoOption
                            {
                                Fps = 30, Codec = TranscoderVideoCodec.H264, Bitrate = 800, Width = 960, Height = 480,
                                LowBitrateHighQuality = lowBitrateHighQuality,
                            },
                        },
                    ],
                },
            },
        },
    };

    private static string ServicesJson(string outputChannel, string token, bool withWatermark = false, bool? lowBitrateHighQuality = null) => $$"""
        {
          "cloudTranscoder": {
            "serviceType": "cloudTranscoderV2",
            "config": {
              "transcoder": {
                "idleTimeout": 300,
                "streamProcessMode": "mix",
                "audioInputs": [ { "rtc": { "rtcChannel": "test01", "rtcUid": 123, "rtcToken": "{{token}}" } } ],
                "videoInputs": [
                  {
                    "rtc": { "rtcChannel": "test01", "rtcUid": 4294967295, "rtcToken": "{{token}}" },
                    "placeholderImageUrl": "https://example.com/offline.png",
                    "region": { "x": 0, "y": 0, "width": 320, "height": 360, "zOrder": 2 }
                  }
                ],
                "canvas": { "width": 960, "height": 480, "color": 0, "backgroundImage": "https://example.com/bg.jpg", "fillMode": "FIT" },
                {{(withWatermark ? "\"waterMarks\": [ { \"imageUrl\": \"https://example.com/logo.png\", \"region\": { \"x\": 10, \"y\": 10, \"width\": 120, \"height\": 120, \"zOrder\": 0 } } ]," : string.Empty)}}
                "outputs": [
                  {
                    "rtc": { "rtcChannel": "{{outputChannel}}", "rtcUid": 1000, "rtcToken": "{{token}}" },
                    "audioOption": { "profileType": "AUDIO_PROFILE_MUSIC_STANDARD" },
                    "videoOption": { "fps": 30, "codec": "H264", "bitrate": 800, "width": 960, "height": 480
                      {{(lowBitrateHighQuality is bool value ? ", \"lowBitrateHighQuality\": " + (value ? "true" : "false") : string.Empty)}} }
                  }
                ]
              }
            }
          }
        }
        """;

    private static string TaskJson(string taskId, string status, string serviceStatus, string message) => $$"""
        {
          "createTs": 1661324613,
          "eventHandlers": {},
          "execution": { "workflows": {} },
          "properties": {},
          "sequenceId": "0",
          "services": {
            "cloudTranscoder": {
              "config": {},
              "createTs": 1661324614,
              "details": {},
              "message": "{{message}}",
              "serviceType": "cloudTranscoderV2",
              "status": "{{serviceStatus}}"
            }
          },
          "status": "{{status}}",
          "taskId": "{{taskId}}",
          "variables": {},
          "workflows": {}
        }
        """;


    [Fact]
    public async Task AcquireBuilderToken_posts_the_instance_and_services_and_reads_the_token()
    {
        string token = Guid.NewGuid().ToString("N");
        string tokenName = "builder-" + Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler($$"""{ "createTs": 1661324606, "instanceId": "abc13328", "tokenName": "{{tokenName}}" }""");

        BuilderTokenAcquired acquired = await NewClient(handler).AcquireBuilderTokenAsync(
            _appId, new AcquireBuilderTokenRequest { InstanceId = "abc13328", Services = Services("test02", token) });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(Host, sent.Uri.Host);
        Assert.Equal($"/v1/projects/{_appId}/rtsc/cloud-transcoder/builderTokens", sent.Uri.AbsolutePath);
        Assert.Equal(string.Empty, sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody($$"""{ "instanceId": "abc13328", "services": {{ServicesJson("test02", token)}} }""");

        Assert.Equal(1661324606, acquired.CreateTs);
        Assert.Equal("abc13328", acquired.InstanceId);
        Assert.Equal(tokenName, acquired.TokenName);
    }

    [Fact]
    public async Task Create_posts_the_task_with_the_builder_token_and_reads_its_state()
    {
        string token = Guid.NewGuid().ToString("N");
        string builderToken = Guid.NewGuid().ToString("N");
        string taskId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler(TaskJson(taskId, "STARTED", "serviceReady", string.Empty));

        TranscodingTask task = await NewClient(handler).CreateAsync(
            _appId, builderToken, new TranscodingTaskRequest { Services = Services("test", token, withWatermark: true) });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal($"/v1/projects/{_appId}/rtsc/cloud-transcoder/tasks", sent.Uri.AbsolutePath);
        Assert.Equal($"?builderToken={builderToken}", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody($$"""{ "services": {{ServicesJson("test", token, withWatermark: true)}} }""");

        Assert.Equal(taskId, task.TaskId);
        Assert.Equal(1661324613, task.CreateTs);
        Assert.Equal("STARTED", task.Status);
        Assert.Equal("0", task.SequenceId);
        CloudTranscoderServiceState service = task.Services!.CloudTranscoder!;
        Assert.Equal(TranscoderServiceType.CloudTranscoderV2, service.ServiceType);
        Assert.Equal("serviceReady", service.Status);
        Assert.Equal(string.Empty, service.Message);
        Assert.Equal(1661324614, service.CreateTs);
        Assert.Equal(JsonValueKind.Object, service.Config!.Value.ValueKind);
        Assert.Equal(JsonValueKind.Object, task.Execution!.Value.GetProperty("workflows").ValueKind);
    }

    [Fact]
    public void Watermarks_are_left_out_when_not_set()
    {
        var config = new TranscoderConfig
        {
            Canvas = new TranscoderCanvas { Width = 640, Height = 360, Color = 255 },
            Outputs = [new TranscoderOutput { Rtc = new TranscoderRtcSource { RtcChannel = "out", RtcUid = 7, RtcToken = "t" } }],
        };
        var request = new TranscodingTaskRequest
        {
            Services = new TranscoderServices
            {
                CloudTranscoder = new CloudTranscoderService
                {
                    ServiceType = TranscoderServiceType.CloudTranscoderV2,
                    Config = new CloudTranscoderServiceConfig { Transcoder = config },
                },
            },
        };

        string json = JsonSerializer.Serialize(request, AgoraServicesJson.Default.TranscodingTaskRequest);

        JsonAssert.Equal("""
            { "services": { "cloudTranscoder": { "serviceType": "cloudTranscoderV2", "config": { "transcoder": {
              "canvas": { "width": 640, "height": 360, "color": 255 },
              "outputs": [ { "rtc": { "rtcChannel": "out", "rtcUid": 7, "rtcToken": "t" } } ] } } } } }
            """, json);
    }

    [Fact]
    public async Task Query_gets_the_task_with_the_builder_token_and_no_body()
    {
        string builderToken = Guid.NewGuid().ToString("N");
        string taskId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler(TaskJson(taskId, "IN_PROGRESS", "serviceInProgress", "OnSlaveServiceQueryUpdated"));

        TranscodingTask task = await NewClient(handler).QueryAsync(_appId, taskId, builderToken);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"/v1/projects/{_appId}/rtsc/cloud-transcoder/tasks/{taskId}", sent.Uri.AbsolutePath);
        Assert.Equal($"?builderToken={builderToken}", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.Equal(taskId, task.TaskId);
        Assert.Equal("IN_PROGRESS", task.Status);
        Assert.Equal("serviceInProgress", task.Services!.CloudTranscoder!.Status);
        Assert.Equal("OnSlaveServiceQueryUpdated", task.Services.CloudTranscoder.Message);
    }

    [Fact]
    public async Task Update_patches_the_full_configuration_with_token_sequence_and_mask()
    {
        string token = Guid.NewGuid().ToString("N");
        string builderToken = Guid.NewGuid().ToString("N");
        string taskId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler(string.Empty);

        await NewClient(handler).UpdateAsync(
            _appId, taskId, builderToken, "12", TranscoderUpdateMask.Config,
            new TranscodingTaskRequest { Services = Services("test", token, lowBitrateHighQuality: false) });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Patch, sent.Method);
        Assert.Equal($"/v1/projects/{_appId}/rtsc/cloud-transcoder/tasks/{taskId}", sent.Uri.AbsolutePath);
        Assert.Equal($"?builderToken={builderToken}&sequenceId=12&updateMask=services.cloudTranscoder.config", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody($$"""{ "services": {{ServicesJson("test", token, lowBitrateHighQuality: false)}} }""");
    }

    [Fact]
    public async Task Delete_deletes_the_task_with_the_builder_token_and_reads_its_final_state()
    {
        string builderToken = Guid.NewGuid().ToString("N");
        string taskId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler(TaskJson(taskId, "STOPPED", "serviceCompleted", "OnSlaveServiceStopped"));

        TranscodingTask task = await NewClient(handler).DeleteAsync(_appId, taskId, builderToken);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Equal($"/v1/projects/{_appId}/rtsc/cloud-transcoder/tasks/{taskId}", sent.Uri.AbsolutePath);
        Assert.Equal($"?builderToken={builderToken}", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.Equal("STOPPED", task.Status);
        Assert.Equal("serviceCompleted", task.Services!.CloudTranscoder!.Status);
        Assert.Equal("OnSlaveServiceStopped", task.Services.CloudTranscoder.Message);
        Assert.Equal(JsonValueKind.Object, task.Services.CloudTranscoder.Details!.Value.ValueKind);
    }

    [Fact]
    public async Task CreateOrUpdateTemplate_posts_the_template_under_its_id()
    {
        string codecId = "tpl-" + Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler("""{ "status": "success" }""");

        TranscodingTemplateSaved saved = await NewClient(handler).CreateOrUpdateTemplateAsync(
            _appId, codecId, new TranscodingTemplate { Enabled = true, Video = new TranscodingTemplateVideo { Width = 1280, Height = 720, Fps = 15 } });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal($"/v1/projects/{_appId}/rtls/abr/config/codecs/{codecId}", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody("""{ "enabled": true, "video": { "width": 1280, "height": 720, "fps": 15 } }""");
        Assert.Equal(TranscodingTemplateStatus.Success, saved.Status);
    }

    [Fact]
    public async Task ListTemplates_gets_the_templates()
    {
        var handler = new RecordingHandler("""
            { "status": "success", "data": { "enabled": true, "codecs": [
              { "id": "hd", "enabled": true, "video": { "width": 1280, "height": 720, "fps": 24 } },
              { "id": "sd", "enabled": false, "video": { "width": 640, "height": 360, "fps": 15 } } ] } }
            """);

        TranscodingTemplates templates = await NewClient(handler).ListTemplatesAsync(_appId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"/v1/projects/{_appId}/rtls/abr/config/codecs", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.Equal(TranscodingTemplateStatus.Success, templates.Status);
        Assert.True(templates.Data!.Enabled);
        Assert.Collection(
            templates.Data.Codecs!,
            hd =>
            {
                Assert.Equal("hd", hd.Id);
                Assert.True(hd.Enabled);
                Assert.Equal((1280, 720, 24), (hd.Video!.Width, hd.Video.Height, hd.Video.Fps));
            },
            sd =>
            {
                Assert.Equal("sd", sd.Id);
                Assert.False(sd.Enabled);
                Assert.Equal((640, 360, 15), (sd.Video!.Width, sd.Video.Height, sd.Video.Fps));
            });
    }

    [Fact]
    public async Task GetNotificationServerIps_gets_the_hosts()
    {
        var handler = new RecordingHandler("""{ "data": { "service": { "hosts": [ { "primaryIP": "203.0.113.7" }, { "primaryIP": "198.51.100.20" } ] } } }""");

        NotificationServerIpsResponse ips = await NewClient(handler).GetNotificationServerIpsAsync();

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(Host, sent.Uri.Host);
        Assert.Equal("/v1/ncs/ip", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);
        Assert.Equal(["203.0.113.7", "198.51.100.20"], ips.Data!.Service!.Hosts!.Select(h => h.PrimaryIp));
    }

    [Fact]
    public void String_values_read_known_and_unknown_wire_text()
    {
        Assert.Equal(TranscodingTemplateStatus.Error, JsonSerializer.Deserialize("""{ "status": "error" }""", AgoraServicesJson.Default.TranscodingTemplateSaved)!.Status);
        Assert.Equal("heterogeneous-single", TranscoderStreamProcessMode.HeterogeneousSingleStream.ToString());
        Assert.Equal("single", TranscoderStreamProcessMode.SingleStream.Value);
        Assert.Equal("AUDIO_PROFILE_MUSIC_HIGH_QUALITY_STEREO", TranscoderAudioProfile.MusicHighQualityStereo.Value);
        Assert.Equal("H265", TranscoderVideoCodec.H265.Value);

        TranscodingTemplateSaved saved = JsonSerializer.Deserialize("""{ "status": "pending" }""", AgoraServicesJson.Default.TranscodingTemplateSaved)!;
        Assert.Equal(new TranscodingTemplateStatus("pending"), saved.Status);
        Assert.NotEqual(TranscodingTemplateStatus.Success, saved.Status);
    }
}
