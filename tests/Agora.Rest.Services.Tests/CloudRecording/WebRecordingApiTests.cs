using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.CloudRecording;

public sealed class WebRecordingApiTests
{
    private readonly RecordingIds _ids = new();

    private static WebRecordingApiClient Client(RecordingHandler handler) =>
        new(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

    private WebStartClientRequest StartSettings() => new()
    {
        RecordingFileConfig = new RecordingFileConfig { AvFileTypes = [AvFileType.Hls, AvFileType.Mp4] },
        StorageConfig = new StorageConfig
        {
            Vendor = StorageVendor.MicrosoftAzure, Region = 2, Bucket = "rec-bucket", AccessKey = _ids.AccessKey, SecretKey = _ids.SecretKey,
        },
        ExtensionServiceConfig = new ExtensionServiceConfig
        {
            ErrorHandlePolicy = ErrorHandlePolicy.Abort,
            ExtensionServices =
            [
                new WebRecorderService
                {
                    ErrorHandlePolicy = ErrorHandlePolicy.Abort,
                    ServiceParam = new WebRecorderServiceParam
                    {
                        Url = "https://www.example.com/board",
                        AudioProfile = AudioProfile.MonoHighQuality,
                        VideoWidth = 1280,
                        VideoHeight = 720,
                        MaxRecordingHour = 2,
                        VideoBitrate = 2000,
                        VideoFps = 24,
                        Mobile = false,
                        MaxVideoDuration = 60,
                        OnHold = true,
                        ReadyTimeout = 10,
                        Container = new WebRecorderContainer { Format = "mp4", SampleRate = "48000", Bitrate = "128", Channels = "2" },
                    },
                },
                new RtmpPublishService
                {
                    ErrorHandlePolicy = ErrorHandlePolicy.Ignore,
                    ServiceParam = new RtmpPublishServiceParam { Outputs = [new RtmpOutput { RtmpUrl = "rtmp://live.example.com/app/stream-key" }] },
                },
            ],
        },
    };

    private string StartSettingsJson => $$"""
        {"storageConfig":{"vendor":5,"region":2,"bucket":"rec-bucket","accessKey":"{{_ids.AccessKey}}","secretKey":"{{_ids.SecretKey}}"},
         "recordingFileConfig":{"avFileType":["hls","mp4"]},
         "extensionServiceConfig":{"errorHandlePolicy":"error_abort","extensionServices":[
           {"serviceName":"web_recorder_service","errorHandlePolicy":"error_abort","serviceParam":{
             "url":"https://www.example.com/board","audioProfile":1,"videoWidth":1280,"videoHeight":720,"maxRecordingHour":2,
             "videoBitrate":2000,"videoFps":24,"mobile":false,"maxVideoDuration":60,"onhold":true,"readyTimeout":10,
             "container":{"format":"mp4","sampleRate":"48000","bitrate":"128","channels":"2"} } },
           {"serviceName":"rtmp_publish_service","errorHandlePolicy":"error_ignore","serviceParam":{
             "outputs":[{"rtmpUrl":"rtmp://live.example.com/app/stream-key"}]} }]} }
        """;

    [Fact]
    public async Task Acquire_posts_scene_1_with_the_web_start_parameter()
    {
        var handler = new RecordingHandler($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","resourceId":"{{_ids.ResourceId}}"}""");

        AcquireResponse acquired = await Client(handler).AcquireAsync(_ids.AppId, new WebAcquireRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new WebAcquireClientRequest { ResourceExpiredHour = 720, Region = CloudRecordingRegion.NorthAmerica, StartParameter = StartSettings() },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.AcquirePath);
        sent.AssertJsonBody($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{"scene":1,"resourceExpiredHour":720,"region":"NA",
              "startParameter":{{StartSettingsJson}} } }
            """);
        Assert.Equal(_ids.ResourceId, acquired.ResourceId);
    }

    [Fact]
    public void Web_acquire_always_sends_the_web_scene_and_the_others_the_real_time_scene()
    {
        Assert.Equal(RecordingScene.Web, new WebAcquireClientRequest().Scene);
        Assert.Equal(RecordingScene.RealTime, new IndividualAcquireClientRequest().Scene);
        Assert.Equal(RecordingScene.RealTime, new MixAcquireClientRequest().Scene);
        Assert.Null(typeof(WebAcquireClientRequest).GetProperty(nameof(WebAcquireClientRequest.Scene))!.SetMethod);
    }

    [Fact]
    public async Task Start_posts_both_extension_services_to_mode_web()
    {
        var handler = new RecordingHandler(_ids.SessionJson);

        RecordingSessionResponse started = await Client(handler).StartAsync(_ids.AppId, _ids.ResourceId, new WebStartRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = StartSettings(),
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.StartPath("web"));
        sent.AssertJsonBody($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{{StartSettingsJson}} }""");
        Assert.Equal(_ids.Sid, started.Sid);
    }

    [Fact]
    public async Task Update_posts_pause_cdn_and_storage_changes_to_mode_web()
    {
        var handler = new RecordingHandler(_ids.SessionJson);

        RecordingSessionResponse updated = await Client(handler).UpdateAsync(_ids.AppId, _ids.ResourceId, _ids.Sid, new WebUpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new WebUpdateRecordingClientRequest
            {
                WebRecordingConfig = new WebRecordingConfig { OnHold = false },
                RtmpPublishConfig = new RtmpPublishConfig { Outputs = [new RtmpOutput { RtmpUrl = "rtmps://live.example.com/app/other" }] },
                StorageConfig = new StorageConfig
                {
                    Vendor = StorageVendor.TencentCloud, Region = 1, Bucket = "rec-bucket", AccessKey = _ids.AccessKey, SecretKey = _ids.SecretKey,
                    StsToken = _ids.Token, StsExpiration = 1_800_000_000,
                },
            },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.SessionPath("web", "update"));
        sent.AssertJsonBody($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{
              "webRecordingConfig":{"onhold":false},
              "rtmpPublishConfig":{"outputs":[{"rtmpUrl":"rtmps://live.example.com/app/other"}]},
              "storageConfig":{"vendor":3,"region":1,"bucket":"rec-bucket","accessKey":"{{_ids.AccessKey}}","secretKey":"{{_ids.SecretKey}}",
                "stsToken":"{{_ids.Token}}","stsExpiration":1800000000} } }
            """);
        Assert.Equal(_ids.Sid, updated.Sid);
    }

    [Fact]
    public async Task Query_gets_mode_web_and_reads_each_extension_service_state()
    {
        var handler = new RecordingHandler($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","resourceId":"{{_ids.ResourceId}}","sid":"{{_ids.Sid}}",
             "serverResponse":{"status":5,"extensionServiceState":[
               {"payload":{"fileList":[{"filename":"{{_ids.Sid}}_{{_ids.Cname}}.m3u8","sliceStartTime":1712345611}],"onhold":true,"state":"inProgress"},
                "serviceName":"web_recorder_service"},
               {"payload":{"outputs":[{"rtmpUrl":"rtmp://live.example.com/app/stream-key","status":"publishing"}],"state":"inProgress"},
                "serviceName":"rtmp_publish_service"}]} }
            """);

        WebQueryRecordingResponse status = await Client(handler).QueryAsync(_ids.AppId, _ids.ResourceId, _ids.Sid);

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Get, _ids.SessionPath("web", "query"));
        Assert.Null(sent.Body);
        Assert.Equal(RecordingStatus.InProgress, status.ServerResponse!.Status);
        Assert.Collection(
            status.ServerResponse.ExtensionServiceState!,
            recorder =>
            {
                Assert.Equal(ExtensionServiceName.WebRecorder, recorder.ServiceName);
                Assert.True(recorder.Payload!.OnHold);
                Assert.Equal(ExtensionServiceRunState.InProgress, recorder.Payload.State);
                WebRecordedFile file = Assert.Single(recorder.Payload.FileList!);
                Assert.Equal($"{_ids.Sid}_{_ids.Cname}.m3u8", file.FileName);
                Assert.Equal(1712345611L, file.SliceStartTime);
                Assert.Null(recorder.Payload.Outputs);
            },
            push =>
            {
                Assert.Equal(ExtensionServiceName.RtmpPublish, push.ServiceName);
                RtmpOutputState output = Assert.Single(push.Payload!.Outputs!);
                Assert.Equal("rtmp://live.example.com/app/stream-key", output.RtmpUrl);
                Assert.Equal(RtmpPublishStatus.Publishing, output.Status);
                Assert.Null(push.Payload.FileList);
            });
    }

    [Fact]
    public async Task Stop_posts_to_mode_web_and_reads_the_upload_and_recorder_states()
    {
        var handler = new RecordingHandler($$"""
            {"resourceId":"{{_ids.ResourceId}}","sid":"{{_ids.Sid}}","cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}",
             "serverResponse":{"extensionServiceState":[
               {"payload":{"uploadingStatus":"uploaded"},"serviceName":"upload_service"},
               {"payload":{"fileList":[{"filename":"{{_ids.Sid}}_{{_ids.Cname}}_0.mp4","sliceStartTime":1712345611}],"onhold":false,"state":"exit"},
                "serviceName":"web_recorder_service"}]} }
            """);

        WebStopRecordingResponse stopped = await Client(handler).StopAsync(_ids.AppId, _ids.ResourceId, _ids.Sid, new StopRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new StopRecordingClientRequest(),
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.SessionPath("web", "stop"));
        sent.AssertJsonBody($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{} }""");
        Assert.Collection(
            stopped.ServerResponse!.ExtensionServiceState!,
            upload =>
            {
                Assert.Equal(ExtensionServiceName.Upload, upload.ServiceName);
                Assert.Equal(UploadingStatus.Uploaded, upload.Payload!.UploadingStatus);
            },
            recorder =>
            {
                Assert.Equal(ExtensionServiceName.WebRecorder, recorder.ServiceName);
                Assert.Equal(ExtensionServiceRunState.Exit, recorder.Payload!.State);
                Assert.False(recorder.Payload.OnHold);
                Assert.Equal($"{_ids.Sid}_{_ids.Cname}_0.mp4", Assert.Single(recorder.Payload.FileList!).FileName);
                Assert.Null(recorder.Payload.UploadingStatus);
            });
    }
}
