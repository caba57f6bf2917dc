using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.CloudRecording;

public sealed class MixRecordingApiTests
{
    private readonly RecordingIds _ids = new();

    private static MixRecordingApiClient Client(RecordingHandler handler) =>
        new(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

    private StorageConfig Storage() => new()
    {
        Vendor = StorageVendor.S3Compatible,
        Region = 0,
        Bucket = "rec-bucket",
        AccessKey = _ids.AccessKey,
        SecretKey = _ids.SecretKey,
        ExtensionParams = new StorageExtensionParams { Endpoint = "storage.example.com" },
    };

    private string StorageJson =>
        $$"""{"vendor":11,"region":0,"bucket":"rec-bucket","accessKey":"{{_ids.AccessKey}}","secretKey":"{{_ids.SecretKey}}","extensionParams":{"endpoint":"storage.example.com"} }""";

    [Fact]
    public async Task Acquire_posts_scene_0_and_reads_the_resource()
    {
        var handler = new RecordingHandler($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","resourceId":"{{_ids.ResourceId}}"}""");

        AcquireResponse acquired = await Client(handler).AcquireAsync(_ids.AppId, new MixAcquireRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new MixAcquireClientRequest { ResourceExpiredHour = 1 },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.AcquirePath);
        sent.AssertJsonBody($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{"scene":0,"resourceExpiredHour":1} }""");
        Assert.Equal(_ids.ResourceId, acquired.ResourceId);
    }

    [Fact]
    public async Task Start_posts_the_mix_settings_with_transcoding_to_mode_mix()
    {
        var handler = new RecordingHandler(_ids.SessionJson);

        RecordingSessionResponse started = await Client(handler).StartAsync(_ids.AppId, _ids.ResourceId, new MixStartRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new MixStartClientRequest
            {
                Token = _ids.Token,
                RecordingConfig = new MixRecordingConfig
                {
                    ChannelType = ChannelType.LiveBroadcasting,
                    StreamTypes = SubscribedMedia.AudioOnly,
                    AudioProfile = AudioProfile.StereoHighQuality,
                    SubscribeVideoUids = ["#allstream#"],
                    TranscodingConfig = new TranscodingConfig
                    {
                        Width = 1280,
                        Height = 720,
                        Fps = 30,
                        Bitrate = 2260,
                        MixedVideoLayout = MixedVideoLayout.Custom,
                        BackgroundColor = "#FF0000",
                        DefaultUserBackgroundImage = "https://img.example.com/away.jpg",
                        LayoutConfig = [new LayoutRegion { Uid = "1", XAxis = 0.1, YAxis = 0.2, Width = 0.5, Height = 0.25, Alpha = 0.5, RenderMode = RenderMode.Fit }],
                        BackgroundConfig = [new UserBackground { Uid = "1", ImageUrl = "https://img.example.com/1.jpg", RenderMode = RenderMode.Hidden }],
                    },
                },
                RecordingFileConfig = new RecordingFileConfig { AvFileTypes = [AvFileType.Hls, AvFileType.Mp4] },
                StorageConfig = Storage(),
            },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.StartPath("mix"));
        sent.AssertJsonBody($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{
              "token":"{{_ids.Token}}",
              "storageConfig":{{StorageJson}},
              "recordingConfig":{"channelType":1,"streamTypes":0,"subscribeVideoUids":["#allstream#"],"audioProfile":2,
                "transcodingConfig":{"width":1280,"height":720,"fps":30,"bitrate":2260,"mixedVideoLayout":3,"backgroundColor":"#FF0000",
                  "defaultUserBackgroundImage":"https://img.example.com/away.jpg",
                  "layoutConfig":[{"uid":"1","x_axis":0.1,"y_axis":0.2,"width":0.5,"height":0.25,"alpha":0.5,"render_mode":1}],
                  "backgroundConfig":[{"uid":"1","image_url":"https://img.example.com/1.jpg","render_mode":0}]} },
              "recordingFileConfig":{"avFileType":["hls","mp4"]} } }
            """);
        Assert.Equal(_ids.Sid, started.Sid);
    }

    [Fact]
    public async Task Update_posts_new_subscriptions_to_mode_mix()
    {
        var handler = new RecordingHandler(_ids.SessionJson);

        RecordingSessionResponse updated = await Client(handler).UpdateAsync(_ids.AppId, _ids.ResourceId, _ids.Sid, new UpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new UpdateRecordingClientRequest
            {
                StreamSubscribe = new StreamSubscribe { AudioUidList = new AudioUidList { UnsubscribeAudioUids = ["9"] } },
            },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.SessionPath("mix", "update"));
        sent.AssertJsonBody($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{"streamSubscribe":{"audioUidList":{"unsubscribeAudioUids":["9"]} } } }""");
        Assert.Equal(_ids.ResourceId, updated.ResourceId);
    }

    [Fact]
    public async Task UpdateLayout_posts_the_whole_layout_to_mode_mix()
    {
        var handler = new RecordingHandler(_ids.SessionJson);

        RecordingSessionResponse updated = await Client(handler).UpdateLayoutAsync(_ids.AppId, _ids.ResourceId, _ids.Sid, new UpdateLayoutRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new UpdateLayoutClientRequest
            {
                MixedVideoLayout = MixedVideoLayout.Vertical,
                MaxResolutionUid = "2",
                BackgroundColor = "#00FF00",
                BackgroundImage = "https://img.example.com/canvas.jpg",
                LayoutConfig = [new LayoutRegion { XAxis = 0, YAxis = 0, Width = 1, Height = 1 }],
            },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.SessionPath("mix", "updateLayout"));
        sent.AssertJsonBody($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{"maxResolutionUid":"2","mixedVideoLayout":2,
              "backgroundColor":"#00FF00","backgroundImage":"https://img.example.com/canvas.jpg",
              "layoutConfig":[{"x_axis":0,"y_axis":0,"width":1,"height":1}]} }
            """);
        Assert.Equal((_ids.Cname, _ids.Uid, _ids.Sid), (updated.Cname, updated.Uid, updated.Sid));
    }

    [Fact]
    public async Task Query_gets_mode_mix_and_reads_the_string_file_list()
    {
        var handler = new RecordingHandler($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","resourceId":"{{_ids.ResourceId}}","sid":"{{_ids.Sid}}",
             "serverResponse":{"status":4,"fileListMode":"string","fileList":"{{_ids.Sid}}_{{_ids.Cname}}.m3u8"} }
            """);

        QueryRecordingResponse status = await Client(handler).QueryAsync(_ids.AppId, _ids.ResourceId, _ids.Sid);

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Get, _ids.SessionPath("mix", "query"));
        Assert.Null(sent.Body);
        QueryServerResponse server = status.ServerResponse!;
        Assert.Equal(RecordingStatus.Ready, server.Status);
        Assert.Null(server.SliceStartTime);
        Assert.Equal(FileListMode.Text, server.FileListMode);
        Assert.False(server.FileList!.IsFileArray);
        Assert.Null(server.FileList.Files);
        Assert.Equal($"{_ids.Sid}_{_ids.Cname}.m3u8", server.FileList.M3u8FileName);
        Assert.Equal([$"{_ids.Sid}_{_ids.Cname}.m3u8"], server.FileList.FileNames);
    }

    [Fact]
    public async Task Stop_posts_a_synchronous_stop_to_mode_mix_and_reads_mp4_files()
    {
        var handler = new RecordingHandler($$"""
            {"resourceId":"{{_ids.ResourceId}}","sid":"{{_ids.Sid}}","cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}",
             "serverResponse":{"uploadingStatus":"uploaded","fileListMode":"json","fileList":[
               {"fileName":"{{_ids.Sid}}_{{_ids.Cname}}.m3u8","trackType":"audio_and_video","uid":"0","mixedAllUser":true,"isPlayable":true,"sliceStartTime":1712345600},
               {"fileName":"{{_ids.Sid}}_{{_ids.Cname}}_0.mp4","trackType":"audio_and_video","uid":"0","mixedAllUser":true,"isPlayable":true,"sliceStartTime":1712345600}]} }
            """);

        StopRecordingResponse stopped = await Client(handler).StopAsync(_ids.AppId, _ids.ResourceId, _ids.Sid, new StopRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new StopRecordingClientRequest { AsyncStop = false },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.SessionPath("mix", "stop"));
        sent.AssertJsonBody($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{"async_stop":false} }""");
        StopServerResponse server = stopped.ServerResponse!;
        Assert.Equal(UploadingStatus.Uploaded, server.UploadingStatus);
        Assert.Equal(FileListMode.Json, server.FileListMode);
        Assert.All(server.FileList!.Files!, file =>
        {
            Assert.Equal(TrackType.AudioAndVideo, file.TrackType);
            Assert.Equal("0", file.Uid);
            Assert.True(file.MixedAllUser);
        });
        Assert.Equal([$"{_ids.Sid}_{_ids.Cname}.m3u8", $"{_ids.Sid}_{_ids.Cname}_0.mp4"], server.FileList.FileNames);
    }
}
