using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Services;
using Agora.Rest.Services.MediaPush;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.MediaPush;

public sealed class MediaPushApiTests
{
    private const string Host = "api.sd-rtn.com";

    private readonly string _appId = Guid.NewGuid().ToString("N");

    private static MediaPushApiClient NewClient(RecordingHandler handler) =>
        new(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

    private static StreamingRegion Known(string wire) => wire switch
    {
        "cn" => StreamingRegion.Cn,
        "ap" => StreamingRegion.Ap,
        "na" => StreamingRegion.Na,
        "eu" => StreamingRegion.Eu,
        _ => throw new ArgumentOutOfRangeException(nameof(wire)),
    };


    [Theory]
    [InlineData("cn")]
    [InlineData("ap")]
    [InlineData("na")]
    [InlineData("eu")]
    public async Task The_region_is_the_first_path_segment_as_its_wire_value(string wire)
    {
        string converterId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler("""{ "converter": { "name": "n", "rtmpUrl": "rtmp://example/live/a", "idleTimeout": "300" } }""");

        await NewClient(handler).GetConverterAsync(Known(wire), _appId, converterId);

        Assert.Equal(wire, Known(wire).ToString());
        Assert.Equal($"/{wire}/v1/projects/{_appId}/rtmp-converters/{converterId}", handler.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_region_Agora_adds_later_is_sent_as_given()
    {
        var handler = new RecordingHandler(string.Empty);

        await NewClient(handler).DeleteConverterAsync(new StreamingRegion("sa"), _appId, "c1");

        Assert.Equal($"/sa/v1/projects/{_appId}/rtmp-converters/c1", handler.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task CreateConverter_posts_a_transcoded_converter_with_mixed_layout_items()
    {
        string converterId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler($$"""
            { "converter": { "id": "{{converterId}}", "createTs": 1591786766, "updateTs": 1591788746, "state": "connecting" },
              "fields": "id,createTs,updateTs,state" }
            """);
        var request = new CreateConverterRequest
        {
            Converter = new ConverterConfig
            {
                Name = "show68_vertical",
                TranscodeOptions = new ConverterTranscodeOptions
                {
                    RtcChannel = "show68",
                    AudioOptions = new ConverterAudioOptions
                    {
                        CodecProfile = ConverterAudioCodecProfile.HeAac,
                        SampleRate = 48000,
                        Bitrate = 128,
                        AudioChannels = 1,
                        RtcStreamUids = [201, 4294967295],
                        Volumes = [new ConverterAudioVolume { RtcStreamUid = 201, Volume = 50 }, new ConverterAudioVolume { RtcStreamUid = 4294967295, Volume = 150 }],
                    },
                    VideoOptions = new ConverterVideoOptions
                    {
                        Canvas = new ConverterCanvas { Width = 360, Height = 640, Color = 0 },
                        LayoutType = ConverterLayoutType.Custom,
                        Layout =
                        [
                            new ConverterLayoutItem
                            {
                                RtcStreamUid = 201,
                                Region = new ConverterLayoutRegion { XPos = 0, YPos = 0, ZIndex = 1, Width = 360, Height = 320 },
                                FillMode = ConverterFillMode.Fill,
                                PlaceholderImageUrl = "http://example.agora.io/host_placeholder.jpg",
                            },
                            new ConverterLayoutItem
                            {
                                RtcStreamUid = 4294967295,
                                Region = new ConverterLayoutRegion { XPos = 0, YPos = 320, ZIndex = 1, Width = 360, Height = 320 },
                                Alpha = 0.5,
                            },
                            new ConverterLayoutItem
                            {
                                ImageUrl = "http://example.agora.io/watchmark.jpg",
                                Region = new ConverterLayoutRegion { XPos = 0, YPos = 0, ZIndex = 2, Width = 36, Height = 64 },
                                FillMode = ConverterFillMode.Fit,
                            },
                        ],
                        Codec = ConverterVideoCodec.H264,
                        CodecProfile = ConverterVideoCodecProfile.High,
                        FrameRate = 15,
                        Gop = 30,
                        Bitrate = 400,
                        SeiOptions = new ConverterSeiOptions
                        {
                            Source = new ConverterSeiSource { Metadata = true, Datastream = true, Customized = new ConverterCustomizedSei { Payload = "example" } },
                            Sink = new ConverterSeiSink { Type = 100 },
                        },
                    },
                },
                RtmpUrl = "rtmp://example/live/show68",
                IdleTimeout = 300,
                JitterBufferSizeMs = 500,
            },
        };

        ConverterResult result = await NewClient(handler).CreateConverterAsync(StreamingRegion.Cn, _appId, request, regionHintIp: "203.0.113.9");

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(Host, sent.Uri.Host);
        Assert.Equal($"/cn/v1/projects/{_appId}/rtmp-converters", sent.Uri.AbsolutePath);
        Assert.Equal("?regionHintIp=203.0.113.9", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody("""
            { "converter": {
                "name": "show68_vertical",
                "transcodeOptions": {
                  "rtcChannel": "show68",
                  "audioOptions": {
                    "codecProfile": "HE-AAC", "sampleRate": 48000, "bitrate": 128, "audioChannels": 1,
                    "rtcStreamUids": [ 201, 4294967295 ],
                    "volumes": [ { "volume": 50, "rtcStreamUid": 201 }, { "volume": 150, "rtcStreamUid": 4294967295 } ]
                  },
                  "videoOptions": {
                    "canvas": { "width": 360, "height": 640, "color": 0 },
                    "layoutType": 0,
                    "layout": [
                      { "rtcStreamUid": 201, "region": { "xPos": 0, "yPos": 0, "zIndex": 1, "width": 360, "height": 320 },
                        "fillMode": "fill", "placeholderImageUrl": "http://example.agora.io/host_placeholder.jpg" },
                      { "rtcStreamUid": 4294967295, "region": { "xPos": 0, "yPos": 320, "zIndex": 1, "width": 360, "height": 320 }, "alpha": 0.5 },
                      { "imageUrl": "http://example.agora.io/watchmark.jpg", "region": { "xPos": 0, "yPos": 0, "zIndex": 2, "width": 36, "height": 64 },
                        "fillMode": "fit" }
                    ],
                    "codec": "H.264", "codecProfile": "high", "frameRate": 15, "gop": 30, "bitrate": 400,
                    "seiOptions": { "source": { "metadata": true, "datastream": true, "customized": { "payload": "example" } }, "sink": { "type": 100 } }
                  }
                },
                "rtmpUrl": "rtmp://example/live/show68",
                "idleTimeout": 300,
                "jitterBufferSizeMs": 500
            } }
            """);

        Assert.Equal(converterId, result.Converter!.Id);
        Assert.Equal("1591786766", result.Converter.CreateTs);
        Assert.Equal("1591788746", result.Converter.UpdateTs);
        Assert.Equal(ConverterState.Connecting, result.Converter.State);
        Assert.Equal("id,createTs,updateTs,state", result.Fields);
    }

    [Fact]
    public async Task CreateConverter_posts_a_raw_converter_and_reads_string_timestamps()
    {
        string requestId = Guid.NewGuid().ToString();
        var handler = new RecordingHandler("""
            { "converter": { "id": "c-raw", "createTs": "1700000000", "updateTs": "1700000001", "state": "running" }, "fields": "id,createTs,updateTs,state" }
            """);
        var headers = new HeaderCapture(handler);
        var client = new MediaPushApiClient(headers.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        ConverterResult result = await client.CreateConverterAsync(
            StreamingRegion.Na,
            _appId,
            new CreateConverterRequest
            {
                Converter = new ConverterConfig
                {
                    Name = "show68_raw",
                    RawOptions = new ConverterRawOptions { RtcChannel = "show68", RtcStreamUid = 201 },
                    RtmpUrl = "rtmp://example/live/raw",
                },
            },
            requestId: requestId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal($"/na/v1/projects/{_appId}/rtmp-converters", sent.Uri.AbsolutePath);
        Assert.Equal(string.Empty, sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Equal(requestId, headers.Single("X-Request-ID"));
        sent.AssertJsonBody("""
            { "converter": { "name": "show68_raw", "rawOptions": { "rtcChannel": "show68", "rtcStreamUid": 201 }, "rtmpUrl": "rtmp://example/live/raw" } }
            """);

        Assert.Equal("1700000000", result.Converter!.CreateTs);
        Assert.Equal("1700000001", result.Converter.UpdateTs);
        Assert.Equal(ConverterState.Running, result.Converter.State);
    }

    [Fact]
    public async Task DeleteConverter_deletes_in_the_creation_region_with_no_body()
    {
        string converterId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler(string.Empty);
        var headers = new HeaderCapture(handler);
        var client = new MediaPushApiClient(headers.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        await client.DeleteConverterAsync(StreamingRegion.Eu, _appId, converterId);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Delete, sent.Method);
        Assert.Equal($"/eu/v1/projects/{_appId}/rtmp-converters/{converterId}", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);
        Assert.Null(headers.Single("X-Request-ID"));
    }

    [Fact]
    public async Task UpdateConverter_patches_the_rtmp_url_with_a_sequence()
    {
        string converterId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler($$"""
            { "converter": { "id": "{{converterId}}", "createTs": 1591786766, "updateTs": 1591788999, "state": "running" }, "fields": "id,createTs,updateTs,state" }
            """);

        ConverterResult result = await NewClient(handler).UpdateConverterAsync(
            StreamingRegion.Ap, _appId, converterId,
            new UpdateConverterRequest { Converter = new ConverterUpdate { RtmpUrl = "rtmp://example.agora.io/live/show68_backup" }, Fields = "rtmpUrl" },
            sequence: 2);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Patch, sent.Method);
        Assert.Equal($"/ap/v1/projects/{_appId}/rtmp-converters/{converterId}", sent.Uri.AbsolutePath);
        Assert.Equal("?sequence=2", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        sent.AssertJsonBody("""{ "converter": { "rtmpUrl": "rtmp://example.agora.io/live/show68_backup" }, "fields": "rtmpUrl" }""");

        Assert.Equal(converterId, result.Converter!.Id);
        Assert.Equal("1591788999", result.Converter.UpdateTs);
        Assert.Equal(ConverterState.Running, result.Converter.State);
    }

    [Fact]
    public async Task UpdateConverter_patches_transcoding_changes_without_a_sequence()
    {
        var handler = new RecordingHandler("""{ "converter": { "id": "c2", "state": "failed" }, "fields": "id,state" }""");

        ConverterResult result = await NewClient(handler).UpdateConverterAsync(
            StreamingRegion.Cn, _appId, "c2",
            new UpdateConverterRequest
            {
                Converter = new ConverterUpdate
                {
                    TranscodeOptions = new ConverterTranscodeOptionsUpdate
                    {
                        AudioOptions = new ConverterAudioOptionsUpdate { RtcStreamUids = [], Volumes = [new ConverterAudioVolume { RtcStreamUid = 7 }] },
                        VideoOptions = new ConverterVideoOptionsUpdate
                        {
                            Canvas = new ConverterCanvasUpdate { Color = 255 },
                            Layout = [new ConverterLayoutItem { RtcStreamUid = 7, Region = new ConverterLayoutRegion { XPos = 10, YPos = 20, ZIndex = 0, Width = 100, Height = 80 } }],
                            Bitrate = 800,
                            FrameRate = 24,
                            Gop = 48,
                        },
                    },
                    JitterBufferSizeMs = 200,
                },
                Fields = "transcodeOptions.audioOptions.rtcStreamUids,transcodeOptions.audioOptions.volumes,transcodeOptions.videoOptions,jitterBufferSizeMs",
            });

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Patch, sent.Method);
        Assert.Equal($"/cn/v1/projects/{_appId}/rtmp-converters/c2", sent.Uri.AbsolutePath);
        Assert.Equal(string.Empty, sent.Uri.Query);
        sent.AssertJsonBody("""
            { "converter": {
                "transcodeOptions": {
                  "audioOptions": { "rtcStreamUids": [], "volumes": [ { "rtcStreamUid": 7 } ] },
                  "videoOptions": {
                    "canvas": { "color": 255 },
                    "layout": [ { "rtcStreamUid": 7, "region": { "xPos": 10, "yPos": 20, "zIndex": 0, "width": 100, "height": 80 } } ],
                    "bitrate": 800, "frameRate": 24, "gop": 48
                  }
                },
                "jitterBufferSizeMs": 200 },
              "fields": "transcodeOptions.audioOptions.rtcStreamUids,transcodeOptions.audioOptions.volumes,transcodeOptions.videoOptions,jitterBufferSizeMs" }
            """);
        Assert.Equal(ConverterState.Failed, result.Converter!.State);
        Assert.Null(result.Converter.CreateTs);
    }

    [Fact]
    public async Task GetConverter_reads_a_transcoded_converter()
    {
        string converterId = Guid.NewGuid().ToString("N");
        var handler = new RecordingHandler("""
            { "converter": {
                "name": "show68_vertical",
                "transcodeOptions": {
                  "rtcChannel": "show68",
                  "audioOptions": { "rtcStreamUids": [ 201, 202 ], "codecProfile": "LC-AAC", "sampleRate": 44100, "bitrate": 64, "audioChannels": 2,
                                    "volumes": [ { "rtcStreamUid": 201, "volume": 80 } ] },
                  "videoOptions": {
                    "canvas": { "width": 640, "height": 360, "color": 16777215 },
                    "layoutType": 0,
                    "layout": [
                      { "rtcStreamUid": 201, "region": { "xPos": 0, "yPos": 0, "zIndex": 1, "width": 320, "height": 360 }, "fillMode": "fit", "placeholderImageUrl": "https://example.com/p.gif" },
                      { "imageUrl": "https://example.com/logo.png", "region": { "xPos": 600, "yPos": 10, "zIndex": 3, "width": 30, "height": 30 }, "alpha": 0.8 }
                    ],
                    "defaultPlaceholderImageUrl": "https://example.com/default.png",
                    "bitrate": 1000, "frameRate": 30, "gop": 60, "codec": "H.265", "codecProfile": "main",
                    "seiOptions": { "source": { "metadata": false, "datastream": true, "customized": { "prefixForAgoraSei": "pre", "payload": "data" } }, "sink": { "type": 5 } }
                  }
                },
                "rtmpUrl": "rtmp://example/live/show68",
                "idleTimeout": "300",
                "jitterBufferSizeMs": 1000
            } }
            """);

        ConverterInfo info = await NewClient(handler).GetConverterAsync(StreamingRegion.Cn, _appId, converterId, requestId: Guid.NewGuid().ToString());

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"/cn/v1/projects/{_appId}/rtmp-converters/{converterId}", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        ConverterDetails converter = info.Converter!;
        Assert.Equal("show68_vertical", converter.Name);
        Assert.Null(converter.RawOptions);
        Assert.Equal("rtmp://example/live/show68", converter.RtmpUrl);
        Assert.Equal("300", converter.IdleTimeout);
        Assert.Equal(1000, converter.JitterBufferSizeMs);
        ConverterAudioOptionsInfo audio = converter.TranscodeOptions!.AudioOptions!;
        Assert.Equal("show68", converter.TranscodeOptions.RtcChannel);
        Assert.Equal([201L, 202L], audio.RtcStreamUids!);
        Assert.Equal(ConverterAudioCodecProfile.LcAac, audio.CodecProfile);
        Assert.Equal((44100, 64, 2), (audio.SampleRate, audio.Bitrate, audio.AudioChannels));
        Assert.Equal((201L, 80), (audio.Volumes![0].RtcStreamUid, audio.Volumes[0].Volume));
        ConverterVideoOptionsInfo video = converter.TranscodeOptions.VideoOptions!;
        Assert.Equal((640, 360, 16777215), (video.Canvas!.Width, video.Canvas.Height, video.Canvas.Color));
        Assert.Equal(ConverterLayoutType.Custom, video.LayoutType);
        Assert.Equal(201, video.Layout![0].RtcStreamUid);
        Assert.Equal(ConverterFillMode.Fit, video.Layout[0].FillMode);
        Assert.Equal("https://example.com/p.gif", video.Layout[0].PlaceholderImageUrl);
        Assert.Equal((0, 0, 1, 320, 360), (video.Layout[0].Region!.XPos, video.Layout[0].Region!.YPos, video.Layout[0].Region!.ZIndex, video.Layout[0].Region!.Width, video.Layout[0].Region!.Height));
        Assert.Null(video.Layout[1].RtcStreamUid);
        Assert.Equal("https://example.com/logo.png", video.Layout[1].ImageUrl);
        Assert.Equal(0.8, video.Layout[1].Alpha);
        Assert.Equal(600, video.Layout[1].Region!.XPos);
        Assert.Equal("https://example.com/default.png", video.DefaultPlaceholderImageUrl);
        Assert.Equal((1000, 30, 60), (video.Bitrate, video.FrameRate, video.Gop));
        Assert.Equal(ConverterVideoCodec.H265, video.Codec);
        Assert.Equal(ConverterVideoCodecProfile.Main, video.CodecProfile);
        Assert.False(video.SeiOptions!.Source!.Metadata);
        Assert.True(video.SeiOptions.Source.Datastream);
        Assert.Equal("pre", video.SeiOptions.Source.Customized!.PrefixForAgoraSei);
        Assert.Equal("data", video.SeiOptions.Source.Customized.Payload);
        Assert.Equal(5, video.SeiOptions.Sink!.Type);
    }

    [Fact]
    public async Task GetConverter_reads_a_raw_converter_with_a_numeric_idle_timeout_and_a_vertical_layout_type()
    {
        var handler = new RecordingHandler("""
            { "converter": { "name": "raw1", "rawOptions": { "rtcChannel": "ch", "rtcStreamUid": 4294967295 }, "rtmpUrl": "rtmp://example/live/raw1",
                             "idleTimeout": 120, "jitterBufferSizeMs": 300 } }
            """);

        ConverterInfo info = await NewClient(handler).GetConverterAsync(StreamingRegion.Eu, _appId, "raw1-id");

        Assert.Equal($"/eu/v1/projects/{_appId}/rtmp-converters/raw1-id", handler.Single.Uri.AbsolutePath);
        Assert.Null(info.Converter!.TranscodeOptions);
        Assert.Equal("ch", info.Converter.RawOptions!.RtcChannel);
        Assert.Equal(4294967295, info.Converter.RawOptions.RtcStreamUid);
        Assert.Equal("120", info.Converter.IdleTimeout);

        ConverterVideoOptionsInfo vertical = JsonSerializer.Deserialize(
            """{ "layoutType": 1, "vertical": { "maxResolutionUid": 9, "fillMode": "fit", "refreshIntervalSec": 5 } }""",
            AgoraServicesJson.Default.ConverterVideoOptionsInfo)!;
        Assert.Equal(ConverterLayoutType.Vertical, vertical.LayoutType);
        Assert.Equal((9L, 5), (vertical.Vertical!.MaxResolutionUid, vertical.Vertical.RefreshIntervalSec));
        Assert.Equal(ConverterFillMode.Fit, vertical.Vertical.FillMode);
    }

    [Fact]
    public async Task ListConverters_pages_with_the_cursor()
    {
        var handler = new RecordingHandler("""
            { "success": true, "data": { "total_count": 2, "cursor": 3009, "members": [
              { "rtcChannel": "show68", "status": "ok", "converterName": "show68_vertical", "updateTs": "1591788746", "appId": "app",
                "rtmpUrl": "rtmp://example/live/show68", "converterId": "c1", "create": "1591786766", "idleTimeout": "300", "state": "running" },
              { "rtcChannel": "show69", "converterName": "", "updateTs": 1591788000, "converterId": "c2", "create": 1591787000, "idleTimeout": 60, "state": "connecting" } ] } }
            """);

        ConverterList list = await NewClient(handler).ListConvertersAsync(_appId, cursor: 3009);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(Host, sent.Uri.Host);
        Assert.Equal($"/v1/projects/{_appId}/rtmp-converters", sent.Uri.AbsolutePath);
        Assert.Equal("?cursor=3009", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);

        Assert.True(list.Success);
        Assert.Equal(2, list.Data!.TotalCount);
        Assert.Equal(3009, list.Data.Cursor);
        Assert.True(list.Data.HasMorePages);
        ConverterSummary first = list.Data.Members![0];
        Assert.Equal(("c1", "show68_vertical", "app", "show68", "rtmp://example/live/show68"), (first.ConverterId, first.ConverterName, first.AppId, first.RtcChannel, first.RtmpUrl));
        Assert.Equal(("1591786766", "1591788746", "300", "ok"), (first.Create, first.UpdateTs, first.IdleTimeout, first.Status));
        Assert.Equal(ConverterState.Running, first.State);
        ConverterSummary second = list.Data.Members[1];
        Assert.Equal(("1591787000", "1591788000", "60"), (second.Create, second.UpdateTs, second.IdleTimeout));
        Assert.Equal(ConverterState.Connecting, second.State);
    }

    [Fact]
    public async Task ListConverters_first_page_sends_no_cursor_and_a_zero_cursor_ends_the_list()
    {
        var handler = new RecordingHandler("""{ "success": true, "data": { "total_count": 0, "cursor": 0, "members": [] } }""");

        ConverterList list = await NewClient(handler).ListConvertersAsync(_appId);

        Assert.Equal(string.Empty, handler.Single.Uri.Query);
        Assert.False(list.Data!.HasMorePages);
        Assert.Empty(list.Data.Members!);
    }

    [Fact]
    public async Task ListChannelConverters_escapes_the_channel_name_as_one_segment()
    {
        var handler = new RecordingHandler("""
            { "success": true, "data": { "total_count": 1, "cursor": 0, "members": [ { "rtcChannel": "show 68", "converterId": "c9", "state": "failed" } ] } }
            """);

        ConverterList list = await NewClient(handler).ListChannelConvertersAsync(_appId, "show 68", cursor: 12);

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal($"/v1/projects/{_appId}/channels/show%2068/rtmp-converters", sent.Uri.AbsolutePath);
        Assert.Equal("?cursor=12", sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);
        Assert.Equal("show 68", Assert.Single(list.Data!.Members!).RtcChannel);
        Assert.Equal(ConverterState.Failed, list.Data.Members![0].State);
        Assert.False(list.Data.HasMorePages);
    }

    [Fact]
    public async Task GetNotificationServerIps_gets_the_hosts()
    {
        var handler = new RecordingHandler("""{ "data": { "service": { "hosts": [ { "primaryIP": "192.0.2.44" } ] } } }""");

        NotificationServerIpsResponse ips = await NewClient(handler).GetNotificationServerIpsAsync();

        SentRequest sent = handler.Single;
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(Host, sent.Uri.Host);
        Assert.Equal("/v1/ncs/ip", sent.Uri.AbsolutePath);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        Assert.Null(sent.Body);
        Assert.Equal("192.0.2.44", Assert.Single(ips.Data!.Service!.Hosts!).PrimaryIp);
    }

    [Fact]
    public void String_values_keep_unknown_wire_text()
    {
        ConverterResult result = JsonSerializer.Deserialize("""{ "converter": { "state": "paused" } }""", AgoraServicesJson.Default.ConverterResult)!;

        Assert.Equal("paused", result.Converter!.State!.Value.Value);
        Assert.NotEqual(ConverterState.Running, result.Converter.State);
        Assert.Equal("HE-AAC", ConverterAudioCodecProfile.HeAac.ToString());
        Assert.Equal("baseline", ConverterVideoCodecProfile.Baseline.ToString());
        Assert.True(new StreamingRegion("cn") == StreamingRegion.Cn);
        Assert.Equal("cn", ((IFormattable)StreamingRegion.Cn).ToString("G", System.Globalization.CultureInfo.GetCultureInfo("tr-TR")));
    }
}
