using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.MediaPush;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;

namespace Agora.Rest.Services.Tests.MediaPush;

// The Media Push client over sockets against the emulator, at its declared host (api.sd-rtn.com routed to it):
// converters created, read back, updated by field mask, listed page by page per project and per channel, deleted,
// and the documented failures.
public sealed class MediaPushEmulatorTests : IAsyncLifetime
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private readonly AgoraEmulatorOptions _account = TestAccount.New(appName: "Media");
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;
    private MediaPushApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
        _api = new MediaPushApiClient(_http, AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret), new AgoraClientOptions { Retry = { MaxRetryAttempts = 0 } });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private static CreateConverterRequest Raw(string channel, long uid, string? name = null) => new()
    {
        Converter = new ConverterConfig
        {
            Name = name, RawOptions = new ConverterRawOptions { RtcChannel = channel, RtcStreamUid = uid }, RtmpUrl = "rtmp://example.agora.io/live/" + channel,
        },
    };

    private static CreateConverterRequest Transcoded(string channel, string? name = null) => new()
    {
        Converter = new ConverterConfig
        {
            Name = name,
            TranscodeOptions = new ConverterTranscodeOptions
            {
                RtcChannel = channel,
                AudioOptions = new ConverterAudioOptions
                {
                    CodecProfile = ConverterAudioCodecProfile.HeAac, SampleRate = 48000, Bitrate = 64, AudioChannels = 1, RtcStreamUids = [201, 202],
                    Volumes = [new ConverterAudioVolume { RtcStreamUid = 201, Volume = 50 }],
                },
                VideoOptions = new ConverterVideoOptions
                {
                    Canvas = new ConverterCanvas { Width = 360, Height = 640 },
                    Layout = [new ConverterLayoutItem { RtcStreamUid = 201, Region = new ConverterLayoutRegion { XPos = 0, YPos = 0, ZIndex = 1, Width = 360, Height = 320 } }],
                    Bitrate = 400, FrameRate = 15, Codec = ConverterVideoCodec.H264,
                },
            },
            RtmpUrl = "rtmp://example.agora.io/live/" + channel,
            IdleTimeout = 3,
            JitterBufferSizeMs = 250,
        },
    };

    [Fact]
    public async Task A_transcoded_converter_reads_back_as_created_with_idle_timeout_clamped_and_jitter_rounded_up()
    {
        ConverterResult created = await _api.CreateConverterAsync(StreamingRegion.Ap, AppId, Transcoded("show68", "show68_vertical"));

        ConverterInfo info = await _api.GetConverterAsync(StreamingRegion.Ap, AppId, created.Converter!.Id!);

        Assert.Equal(ConverterState.Connecting, created.Converter.State);
        Assert.Equal("id,createTs,updateTs,state", created.Fields);
        ConverterDetails details = info.Converter!;
        Assert.Equal(("show68_vertical", "show68", "5", 300), (details.Name, details.TranscodeOptions!.RtcChannel, details.IdleTimeout, details.JitterBufferSizeMs));
        Assert.Equal([201L, 202], details.TranscodeOptions.AudioOptions!.RtcStreamUids!);
        Assert.Equal(ConverterAudioCodecProfile.HeAac, details.TranscodeOptions.AudioOptions.CodecProfile);
        Assert.Equal(320, Assert.Single(details.TranscodeOptions.VideoOptions!.Layout!).Region!.Height);
        Assert.Null(details.RawOptions);
    }

    [Fact]
    public async Task A_raw_converter_reads_back_with_its_stream()
    {
        ConverterResult created = await _api.CreateConverterAsync(StreamingRegion.Eu, AppId, Raw("show9", 42));

        ConverterInfo info = await _api.GetConverterAsync(StreamingRegion.Eu, AppId, created.Converter!.Id!);

        Assert.Equal(("show9", 42L, "300", 1000), (info.Converter!.RawOptions!.RtcChannel, info.Converter.RawOptions.RtcStreamUid, info.Converter.IdleTimeout, info.Converter.JitterBufferSizeMs));
        Assert.Equal("rtmp://example.agora.io/live/show9", info.Converter.RtmpUrl);
    }

    [Fact]
    public async Task Create_with_both_or_neither_of_transcoded_and_raw_options_is_400()
    {
        CreateConverterRequest both = Transcoded("show68");
        both.Converter.RawOptions = new ConverterRawOptions { RtcChannel = "show68", RtcStreamUid = 1 };
        CreateConverterRequest neither = Raw("show68", 1);
        neither.Converter.RawOptions = null;

        AgoraApiException bothError = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateConverterAsync(StreamingRegion.Cn, AppId, both));
        AgoraApiException neitherError = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateConverterAsync(StreamingRegion.Cn, AppId, neither));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (bothError.StatusCode, neitherError.StatusCode));
        Assert.Contains("exactly one", bothError.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("exactly one", neitherError.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_without_an_rtmp_url_or_in_an_unknown_region_is_400()
    {
        CreateConverterRequest noUrl = Raw("show68", 1);
        noUrl.Converter.RtmpUrl = "";

        AgoraApiException url = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateConverterAsync(StreamingRegion.Cn, AppId, noUrl));
        AgoraApiException region = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateConverterAsync(new StreamingRegion("us"), AppId, Raw("show68", 1)));

        Assert.Equal(HttpStatusCode.BadRequest, url.StatusCode);
        Assert.Contains("rtmpUrl", url.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, region.StatusCode);
        Assert.Contains("region", region.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_converter_with_a_name_already_used_in_the_project_is_409()
    {
        await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Raw("show68", 1, "show68_main"));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateConverterAsync(StreamingRegion.Na, AppId, Raw("show69", 2, "show68_main")));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Contains("show68_main", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_in_another_region_than_the_converters_is_404_with_a_reason()
    {
        ConverterResult created = await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Raw("show68", 1));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.GetConverterAsync(StreamingRegion.Eu, AppId, created.Converter!.Id!));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("converter not found", error.Reason);
    }

    [Fact]
    public async Task Update_sets_the_masked_fields_and_refuses_a_sequence_not_above_the_last()
    {
        string id = (await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Transcoded("show68"))).Converter!.Id!;
        var update = new UpdateConverterRequest
        {
            Converter = new ConverterUpdate
            {
                RtmpUrl = "rtmp://example.agora.io/live/show68_backup",
                TranscodeOptions = new ConverterTranscodeOptionsUpdate { VideoOptions = new ConverterVideoOptionsUpdate { Bitrate = 800 } },
            },
            Fields = "rtmpUrl,transcodeOptions.videoOptions.bitrate",
        };

        ConverterResult updated = await _api.UpdateConverterAsync(StreamingRegion.Cn, AppId, id, update, sequence: 1);
        AgoraApiException stale = await Assert.ThrowsAsync<AgoraApiException>(() => _api.UpdateConverterAsync(StreamingRegion.Cn, AppId, id, update, sequence: 1));
        ConverterInfo info = await _api.GetConverterAsync(StreamingRegion.Cn, AppId, id);

        Assert.Equal(ConverterState.Running, updated.Converter!.State);
        Assert.Equal("rtmp://example.agora.io/live/show68_backup", info.Converter!.RtmpUrl);
        Assert.Equal(800, info.Converter.TranscodeOptions!.VideoOptions!.Bitrate);
        Assert.Equal(640, info.Converter.TranscodeOptions.VideoOptions.Canvas!.Height);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("sequence", stale.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_of_a_field_fixed_at_creation_or_of_a_raw_converters_options_is_400()
    {
        string transcoded = (await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Transcoded("show68"))).Converter!.Id!;
        string raw = (await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Raw("show69", 1))).Converter!.Id!;
        var codec = new UpdateConverterRequest { Converter = new ConverterUpdate(), Fields = "transcodeOptions.videoOptions.codec" };
        var jitter = new UpdateConverterRequest { Converter = new ConverterUpdate { JitterBufferSizeMs = 500 }, Fields = "jitterBufferSizeMs" };

        AgoraApiException fixedField = await Assert.ThrowsAsync<AgoraApiException>(() => _api.UpdateConverterAsync(StreamingRegion.Cn, AppId, transcoded, codec));
        AgoraApiException rawField = await Assert.ThrowsAsync<AgoraApiException>(() => _api.UpdateConverterAsync(StreamingRegion.Cn, AppId, raw, jitter));

        Assert.Equal(HttpStatusCode.BadRequest, fixedField.StatusCode);
        Assert.Contains("cannot be updated", fixedField.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, rawField.StatusCode);
        Assert.Contains("only rtmpUrl", rawField.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_with_a_volume_for_a_user_not_mixed_is_400()
    {
        string id = (await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Transcoded("show68"))).Converter!.Id!;
        var update = new UpdateConverterRequest
        {
            Converter = new ConverterUpdate
            {
                TranscodeOptions = new ConverterTranscodeOptionsUpdate
                {
                    AudioOptions = new ConverterAudioOptionsUpdate { Volumes = [new ConverterAudioVolume { RtcStreamUid = 999, Volume = 10 }] },
                },
            },
            Fields = "transcodeOptions.audioOptions.volumes",
        };

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.UpdateConverterAsync(StreamingRegion.Cn, AppId, id, update, sequence: 0));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("rtcStreamUids", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_converter_is_not_found_afterwards()
    {
        string id = (await _api.CreateConverterAsync(StreamingRegion.Na, AppId, Raw("show68", 1))).Converter!.Id!;

        await _api.DeleteConverterAsync(StreamingRegion.Na, AppId, id);
        AgoraApiException get = await Assert.ThrowsAsync<AgoraApiException>(() => _api.GetConverterAsync(StreamingRegion.Na, AppId, id));
        AgoraApiException again = await Assert.ThrowsAsync<AgoraApiException>(() => _api.DeleteConverterAsync(StreamingRegion.Na, AppId, id));
        ConverterList list = await _api.ListConvertersAsync(AppId);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, again.StatusCode));
        Assert.Equal("converter not found", again.ErrorMessage);
        Assert.Equal(0, list.Data!.TotalCount);
    }

    [Fact]
    public async Task The_project_list_pages_500_converters_at_a_time_by_cursor()
    {
        for (int i = 1; i <= 501; i++)
        {
            await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Raw("ch" + (i % 3), i));
        }

        ConverterList first = await _api.ListConvertersAsync(AppId);
        ConverterList second = await _api.ListConvertersAsync(AppId, cursor: first.Data!.Cursor);

        Assert.True(first.Success);
        Assert.Equal((501, 500), (first.Data.TotalCount, first.Data.Members!.Count));
        Assert.True(first.Data.HasMorePages);
        ConverterSummary last = Assert.Single(second.Data!.Members!);
        Assert.False(second.Data!.HasMorePages);
        Assert.Equal("ch0", last.RtcChannel);
        Assert.Equal("300", last.IdleTimeout);
        Assert.Equal(ConverterState.Running, last.State);
        Assert.Equal(501, first.Data.Members.Concat(second.Data.Members!).Select(m => m.ConverterId).Distinct().Count());
    }

    [Fact]
    public async Task The_channel_list_shows_only_that_channels_converters()
    {
        ConverterResult wanted = await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Transcoded("show68", "a"));
        await _api.CreateConverterAsync(StreamingRegion.Cn, AppId, Raw("show69", 1, "b"));

        ConverterList list = await _api.ListChannelConvertersAsync(AppId, "show68");

        ConverterSummary only = Assert.Single(list.Data!.Members!);
        Assert.Equal((wanted.Converter!.Id, "a", AppId, "rtmp://example.agora.io/live/show68"), (only.ConverterId, only.ConverterName, only.AppId, only.RtmpUrl));
        Assert.Equal(wanted.Converter.CreateTs, only.Create);
        Assert.False(list.Data.HasMorePages);
    }

    [Fact]
    public async Task The_lists_refuse_a_cursor_that_is_not_a_number_and_strangers()
    {
        var stranger = new MediaPushApiClient(_http, AgoraCredentials.Basic("someone", "else"), new AgoraClientOptions { Retry = { MaxRetryAttempts = 0 } });
        using var raw = new HttpRequestMessage(HttpMethod.Get, "https://api.sd-rtn.com/v1/projects/" + AppId + "/channels/show68/rtmp-converters?cursor=next");
        raw.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(_account.CustomerId + ":" + _account.CustomerSecret)));

        using HttpResponseMessage badCursor = await _http.SendAsync(raw);
        AgoraApiException unauthorized = await Assert.ThrowsAsync<AgoraApiException>(() => stranger.ListConvertersAsync(AppId));
        AgoraApiException channel = await Assert.ThrowsAsync<AgoraApiException>(() => stranger.ListChannelConvertersAsync(AppId, "show68"));

        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Contains("cursor", await badCursor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (unauthorized.StatusCode, channel.StatusCode));
    }
}
