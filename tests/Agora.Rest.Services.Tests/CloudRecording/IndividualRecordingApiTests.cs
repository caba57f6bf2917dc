using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.CloudRecording;

public sealed class IndividualRecordingApiTests
{
    private readonly RecordingIds _ids = new();

    private static IndividualRecordingApiClient Client(RecordingHandler handler) =>
        new(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

    [Fact]
    public async Task Acquire_posts_scene_0_with_the_start_parameter_and_reads_the_resource()
    {
        var handler = new RecordingHandler($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","resourceId":"{{_ids.ResourceId}}"}""");

        AcquireResponse acquired = await Client(handler).AcquireAsync(_ids.AppId, new IndividualAcquireRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new IndividualAcquireClientRequest
            {
                ResourceExpiredHour = 24,
                Region = CloudRecordingRegion.Europe,
                ExcludeResourceIds = ["other-resource"],
                StartParameter = new IndividualStartClientRequest
                {
                    StorageConfig = new StorageConfig
                    {
                        Vendor = StorageVendor.GoogleCloud, Region = 4, Bucket = "rec-bucket", AccessKey = _ids.AccessKey, SecretKey = _ids.SecretKey,
                    },
                    RecordingConfig = new IndividualRecordingConfig { ChannelType = ChannelType.Communication },
                },
            },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.AcquirePath);
        sent.AssertJsonBody($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{
              "scene":0,"resourceExpiredHour":24,"region":"EU","excludeResourceIds":["other-resource"],
              "startParameter":{
                "storageConfig":{"vendor":6,"region":4,"bucket":"rec-bucket","accessKey":"{{_ids.AccessKey}}","secretKey":"{{_ids.SecretKey}}"},
                "recordingConfig":{"channelType":0} } } }
            """);
        Assert.Equal((_ids.Cname, _ids.Uid, _ids.ResourceId), (acquired.Cname, acquired.Uid, acquired.ResourceId));
    }

    [Fact]
    public async Task Start_posts_the_individual_settings_to_mode_individual()
    {
        var handler = new RecordingHandler(_ids.SessionJson);

        RecordingSessionResponse started = await Client(handler).StartAsync(_ids.AppId, _ids.ResourceId, new IndividualStartRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new IndividualStartClientRequest
            {
                Token = _ids.Token,
                RecordingConfig = new IndividualRecordingConfig
                {
                    ChannelType = ChannelType.LiveBroadcasting,
                    StreamTypes = SubscribedMedia.AudioAndVideo,
                    StreamMode = StreamMode.Standard,
                    VideoStreamType = VideoStreamType.Low,
                    MaxIdleTime = 120,
                    DecryptionMode = DecryptionMode.Aes128Gcm2,
                    Secret = _ids.EncryptionKey,
                    Salt = _ids.Salt,
                    SubscribeAudioUids = ["123", "456"],
                    UnsubscribeVideoUids = ["789"],
                    SubscribeUidGroup = SubscribeUidGroup.Uids3To7,
                },
                RecordingFileConfig = new RecordingFileConfig { AvFileTypes = [AvFileType.Hls] },
                SnapshotConfig = new SnapshotConfig { CaptureInterval = 15, FileTypes = [SnapshotFileType.Jpg] },
                StorageConfig = new StorageConfig
                {
                    Vendor = StorageVendor.AmazonS3,
                    Region = 3,
                    Bucket = "rec-bucket",
                    AccessKey = _ids.AccessKey,
                    SecretKey = _ids.SecretKey,
                    StsToken = _ids.Token,
                    StsExpiration = 1_900_000_000,
                    FileNamePrefix = ["directory1", "directory2"],
                    ExtensionParams = new StorageExtensionParams { Sse = ServerSideEncryption.Kms, Tag = "team-a" },
                },
            },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.StartPath("individual"));
        sent.AssertJsonBody($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{
              "token":"{{_ids.Token}}",
              "storageConfig":{"vendor":1,"region":3,"bucket":"rec-bucket","accessKey":"{{_ids.AccessKey}}","secretKey":"{{_ids.SecretKey}}",
                "stsToken":"{{_ids.Token}}","stsExpiration":1900000000,"fileNamePrefix":["directory1","directory2"],
                "extensionParams":{"sse":"kms","tag":"team-a"} },
              "recordingConfig":{"channelType":1,"decryptionMode":7,"secret":"{{_ids.EncryptionKey}}","salt":"{{_ids.Salt}}","maxIdleTime":120,
                "streamTypes":2,"videoStreamType":1,"subscribeAudioUids":["123","456"],"unsubscribeVideoUids":["789"],
                "subscribeUidGroup":1,"streamMode":"standard"},
              "recordingFileConfig":{"avFileType":["hls"]},
              "snapshotConfig":{"captureInterval":15,"fileType":["jpg"]} } }
            """);
        Assert.Equal((_ids.Cname, _ids.Uid, _ids.ResourceId, _ids.Sid), (started.Cname, started.Uid, started.ResourceId, started.Sid));
    }

    [Fact]
    public async Task Update_posts_new_subscriptions_and_storage_to_mode_individual()
    {
        var handler = new RecordingHandler(_ids.SessionJson);

        RecordingSessionResponse updated = await Client(handler).UpdateAsync(_ids.AppId, _ids.ResourceId, _ids.Sid, new UpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new UpdateRecordingClientRequest
            {
                StreamSubscribe = new StreamSubscribe
                {
                    AudioUidList = new AudioUidList { SubscribeAudioUids = ["#allstream#"] },
                    VideoUidList = new VideoUidList { UnsubscribeVideoUids = ["444", "555"] },
                },
                StorageConfig = new StorageConfig
                {
                    Vendor = StorageVendor.AlibabaCloud, Region = 3, Bucket = "rec-bucket", AccessKey = _ids.AccessKey, SecretKey = _ids.SecretKey, StsToken = _ids.Token,
                },
            },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.SessionPath("individual", "update"));
        sent.AssertJsonBody($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{
              "streamSubscribe":{"audioUidList":{"subscribeAudioUids":["#allstream#"]},"videoUidList":{"unsubscribeVideoUids":["444","555"]} },
              "storageConfig":{"vendor":2,"region":3,"bucket":"rec-bucket","accessKey":"{{_ids.AccessKey}}","secretKey":"{{_ids.SecretKey}}","stsToken":"{{_ids.Token}}"} } }
            """);
        Assert.Equal(_ids.Sid, updated.Sid);
    }

    [Fact]
    public async Task Query_gets_mode_individual_and_reads_the_json_file_list()
    {
        var handler = new RecordingHandler($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","resourceId":"{{_ids.ResourceId}}","sid":"{{_ids.Sid}}",
             "serverResponse":{"status":5,"sliceStartTime":1712345678901,"fileListMode":"json","fileList":[
               {"fileName":"a__uid_s_123__uid_e_audio.m3u8","trackType":"audio","uid":"123","mixedAllUser":false,"isPlayable":true,"sliceStartTime":1712345679},
               {"fileName":"a__uid_s_123__uid_e_video.m3u8","trackType":"video","uid":"123","mixedAllUser":false,"isPlayable":false,"sliceStartTime":1712345680}]} }
            """);

        QueryRecordingResponse status = await Client(handler).QueryAsync(_ids.AppId, _ids.ResourceId, _ids.Sid);

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Get, _ids.SessionPath("individual", "query"));
        Assert.Null(sent.Body);
        Assert.Equal(_ids.Sid, status.Sid);
        QueryServerResponse server = Assert.IsType<QueryServerResponse>(status.ServerResponse);
        Assert.Equal(RecordingStatus.InProgress, server.Status);
        Assert.Equal(1712345678901L, server.SliceStartTime);
        Assert.Equal(FileListMode.Json, server.FileListMode);
        RecordedFileList list = Assert.IsType<RecordedFileList>(server.FileList);
        Assert.True(list.IsFileArray);
        Assert.Null(list.M3u8FileName);
        Assert.Collection(
            list.Files!,
            audio =>
            {
                Assert.Equal("a__uid_s_123__uid_e_audio.m3u8", audio.FileName);
                Assert.Equal(TrackType.Audio, audio.TrackType);
                Assert.Equal("123", audio.Uid);
                Assert.False(audio.MixedAllUser);
                Assert.True(audio.IsPlayable);
                Assert.Equal(1712345679L, audio.SliceStartTime);
            },
            video =>
            {
                Assert.Equal(TrackType.Video, video.TrackType);
                Assert.False(video.IsPlayable);
            });
        Assert.Equal(["a__uid_s_123__uid_e_audio.m3u8", "a__uid_s_123__uid_e_video.m3u8"], list.FileNames);
    }

    [Fact]
    public async Task Stop_posts_async_stop_to_mode_individual_and_reads_the_upload_state()
    {
        var handler = new RecordingHandler($$"""
            {"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","resourceId":"{{_ids.ResourceId}}","sid":"{{_ids.Sid}}",
             "serverResponse":{"uploadingStatus":"backuped"} }
            """);

        StopRecordingResponse stopped = await Client(handler).StopAsync(_ids.AppId, _ids.ResourceId, _ids.Sid, new StopRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new StopRecordingClientRequest { AsyncStop = true },
        });

        SentRequest sent = RecordingIds.AssertSent(handler, HttpMethod.Post, _ids.SessionPath("individual", "stop"));
        sent.AssertJsonBody($$"""{"cname":"{{_ids.Cname}}","uid":"{{_ids.Uid}}","clientRequest":{"async_stop":true} }""");
        Assert.Equal(UploadingStatus.Backuped, stopped.ServerResponse!.UploadingStatus);
        Assert.Null(stopped.ServerResponse.FileList);
        Assert.Null(stopped.ServerResponse.FileListMode);
    }
}
