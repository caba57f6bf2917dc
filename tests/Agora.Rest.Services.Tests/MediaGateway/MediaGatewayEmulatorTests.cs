using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest.Services.MediaGateway;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Rest.Services.Tests.MediaGateway;

// The Media Gateway clients over sockets against the emulator, at their declared hosts (api.agora.io, and api.sd-rtn.com
// for mute, routed to it): streaming keys on the emulator's clock, online streams seeded as an encoder's push, mute,
// templates and the global template, each with a documented failure in Agora's {status:"error", message} shape.
public sealed class MediaGatewayEmulatorTests : IAsyncLifetime
{
    private const string TestAppId = "970CA35de60c44645bbae8a215061b33";
    private const string TestAppCertificate = "5CFd2fd1755d40ecb72977518be15d3b";

    private static readonly MediaGatewayRegion Na = MediaGatewayRegion.NorthAmerica;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 15, 9, 30, 0, 250, TimeSpan.Zero));
    private readonly AgoraEmulatorOptions _account = TestAccount.New(appName: "Ingress");
    private readonly string _channel = "ingress-" + Guid.NewGuid().ToString("N")[..8];
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;

    private AgoraCredentials Credentials => AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret);

    private static AgoraClientOptions SendOnce => new() { Retry = { MaxRetryAttempts = 0 } };

    private MediaGatewayApiClient Api => new(_http, Credentials, SendOnce);

    private MediaGatewayStreamControlApiClient StreamControl => new(_http, Credentials, SendOnce);

    public async Task InitializeAsync()
    {
        _account.TimeProvider = _time;
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private Task<MediaGatewayStreamKeyResponse> CreateKeyAsync(string uid = "1001", long expiresAfter = 0, string? templateId = null) =>
        Api.CreateStreamKeyAsync(Na, TestAppId, new MediaGatewayStreamKeyRequest
        {
            Settings = new MediaGatewayStreamKeySettings { Channel = _channel, Uid = uid, ExpiresAfter = expiresAfter, TemplateId = templateId },
        });

    private static MediaGatewayTemplateRequest Template720p(int width = 1280, int fps = 24, int bitrate = 2200) => new()
    {
        Settings = new MediaGatewayTemplateSettings
        {
            Transcoding = new MediaGatewayTranscoding
            {
                Video = new MediaGatewayVideoTranscoding
                {
                    Enabled = true,
                    Codec = MediaGatewayVideoCodec.H264,
                    Width = width,
                    Height = 720,
                    Fps = fps,
                    Bitrate = bitrate,
                    SimulcastStream = new MediaGatewaySimulcastStreamSettings { Width = 640, Height = 360, Fps = 15, Bitrate = 800 },
                },
                Audio = new MediaGatewayAudioTranscoding { Enabled = false, Profile = 3 },
            },
            JitterBuffer = new MediaGatewayJitterBuffer { Size = 500, MaxSize = 800 },
        },
    };

    private static void AssertError(AgoraApiException error, HttpStatusCode status, string messagePart)
    {
        Assert.Equal(status, error.StatusCode);
        Assert.Contains(messagePart, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_key_reads_back_with_its_channel_uid_lifetime_and_creation_time()
    {
        MediaGatewayStreamKeyResponse created = await CreateKeyAsync(uid: "host-7", expiresAfter: 3600);
        MediaGatewayStreamKeyResponse read = await Api.GetStreamKeyAsync(Na, TestAppId, created.Data!.StreamKey!);

        Assert.Equal("success", created.Status);
        Assert.Equal(created.Data.StreamKey, read.Data!.StreamKey);
        Assert.Equal(_channel, read.Data.Channel);
        Assert.Equal("host-7", read.Data.Uid);
        Assert.Equal(3600, read.Data.ExpiresAfter);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), read.Data.CreatedAt);
    }

    [Fact]
    public async Task A_key_with_uid_0_gets_a_random_integer_uid()
    {
        MediaGatewayStreamKeyResponse created = await CreateKeyAsync(uid: "0");

        Assert.True(uint.TryParse(created.Data!.Uid, out uint uid) && uid > 0);
    }

    [Fact]
    public async Task Creating_a_key_checks_the_documented_settings()
    {
        AgoraApiException longChannel = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateStreamKeyAsync(Na, TestAppId, new MediaGatewayStreamKeyRequest
        {
            Settings = new MediaGatewayStreamKeySettings { Channel = new string('c', 64), Uid = "1", ExpiresAfter = 0 },
        }));
        AgoraApiException bothEmpty = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateStreamKeyAsync(Na, TestAppId, new MediaGatewayStreamKeyRequest
        {
            Settings = new MediaGatewayStreamKeySettings { Channel = string.Empty, Uid = "0", ExpiresAfter = 0 },
        }));
        AgoraApiException uidTooLarge = await Assert.ThrowsAsync<AgoraApiException>(() => CreateKeyAsync(uid: "4294967296"));
        AgoraApiException negativeLifetime = await Assert.ThrowsAsync<AgoraApiException>(() => CreateKeyAsync(expiresAfter: -1));
        string requestId = Guid.NewGuid().ToString("D");
        AgoraApiException unknownTemplate = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateStreamKeyAsync(Na, TestAppId, new MediaGatewayStreamKeyRequest
        {
            Settings = new MediaGatewayStreamKeySettings { Channel = _channel, Uid = "1", ExpiresAfter = 0, TemplateId = "missing" },
        }, requestId));

        AssertError(longChannel, HttpStatusCode.BadRequest, "settings.channel");
        AssertError(bothEmpty, HttpStatusCode.BadRequest, "must not both be empty");
        AssertError(uidTooLarge, HttpStatusCode.BadRequest, "settings.uid");
        AssertError(negativeLifetime, HttpStatusCode.BadRequest, "settings.expiresAfter");
        AssertError(unknownTemplate, HttpStatusCode.NotFound, "template 'missing' not found");
        Assert.Equal(requestId, unknownTemplate.RequestId); // Agora echoes the caller's X-Request-ID
    }

    [Fact]
    public async Task A_key_expires_on_the_emulator_clock_and_a_key_of_0_seconds_never_does()
    {
        MediaGatewayStreamKeyResponse shortLived = await CreateKeyAsync(expiresAfter: 60);
        MediaGatewayStreamKeyResponse forever = await CreateKeyAsync(expiresAfter: 0);

        _time.Advance(TimeSpan.FromSeconds(59));
        MediaGatewayStreamKeyResponse stillValid = await Api.GetStreamKeyAsync(Na, TestAppId, shortLived.Data!.StreamKey!);
        _time.Advance(TimeSpan.FromSeconds(1));
        AgoraApiException expired = await Assert.ThrowsAsync<AgoraApiException>(() => Api.GetStreamKeyAsync(Na, TestAppId, shortLived.Data.StreamKey!));
        _time.Advance(TimeSpan.FromDays(400));
        MediaGatewayStreamKeyResponse neverExpires = await Api.GetStreamKeyAsync(Na, TestAppId, forever.Data!.StreamKey!);

        Assert.Equal(shortLived.Data.StreamKey, stillValid.Data!.StreamKey);
        AssertError(expired, HttpStatusCode.NotFound, "streaming key not found");
        Assert.Equal(0, neverExpires.Data!.ExpiresAfter);
        Assert.Throws<InvalidOperationException>(() => _emulator.StartMediaGatewayStream(TestAppId, shortLived.Data.StreamKey!));
    }

    [Fact]
    public async Task A_deleted_key_is_not_found_and_cannot_push_but_its_stream_goes_on()
    {
        string key = (await CreateKeyAsync()).Data!.StreamKey!;
        string sid = _emulator.StartMediaGatewayStream(TestAppId, key);

        MediaGatewayStatusResponse deleted = await Api.DeleteStreamKeyAsync(Na, TestAppId, key);
        AgoraApiException read = await Assert.ThrowsAsync<AgoraApiException>(() => Api.GetStreamKeyAsync(Na, TestAppId, key));
        AgoraApiException again = await Assert.ThrowsAsync<AgoraApiException>(() => Api.DeleteStreamKeyAsync(Na, TestAppId, key));
        MediaGatewayOnlineStreamResponse stream = await Api.GetOnlineStreamAsync(Na, TestAppId, sid);

        Assert.Equal("success", deleted.Status);
        AssertError(read, HttpStatusCode.NotFound, "streaming key not found");
        AssertError(again, HttpStatusCode.NotFound, "streaming key not found");
        Assert.Equal(sid, Assert.Single(stream.Data!).Sid);
        Assert.Throws<InvalidOperationException>(() => _emulator.StartMediaGatewayStream(TestAppId, key));
    }

    [Fact]
    public async Task A_seeded_push_is_listed_running_in_its_region_and_channel()
    {
        MediaGatewayStreamKeyResponse key = await CreateKeyAsync(uid: "2002");
        string sid = _emulator.StartMediaGatewayStream(TestAppId, key.Data!.StreamKey!);
        string otherSid = _emulator.StartMediaGatewayStream(TestAppId, key.Data.StreamKey!, "eu");

        MediaGatewayOnlineStreamListResponse all = await Api.ListOnlineStreamsAsync(Na, TestAppId);
        MediaGatewayOnlineStreamListResponse ofChannel = await Api.ListOnlineStreamsAsync(Na, TestAppId, channel: _channel);
        MediaGatewayOnlineStreamListResponse ofOtherChannel = await Api.ListOnlineStreamsAsync(Na, TestAppId, channel: "elsewhere");
        MediaGatewayOnlineStreamListResponse inEurope = await Api.ListOnlineStreamsAsync(MediaGatewayRegion.Europe, TestAppId);
        AgoraApiException badRegion = await Assert.ThrowsAsync<AgoraApiException>(() => Api.ListOnlineStreamsAsync(new MediaGatewayRegion("us"), TestAppId));

        MediaGatewayOnlineStreamInfo stream = Assert.Single(all.Data!);
        Assert.Equal(sid, stream.Sid);
        Assert.Equal(_channel, stream.Channel);
        Assert.Equal("2002", stream.Uid);
        Assert.Equal(MediaGatewayStreamStatus.Running, stream.Status);
        Assert.EndsWith("/live/" + key.Data.StreamKey, stream.Url, StringComparison.Ordinal);
        Assert.Equal("2026-06-15 09:30:00.250", stream.BeginAt);
        Assert.Equal(1280, stream.Video!.Width);
        Assert.Equal(48000, stream.Audio!.SampleRate);
        Assert.Equal(sid, Assert.Single(ofChannel.Data!).Sid);
        Assert.Empty(ofOtherChannel.Data!);
        Assert.Equal(otherSid, Assert.Single(inEurope.Data!).Sid);
        AssertError(badRegion, HttpStatusCode.BadRequest, "region must be one of na, eu, ap, cn");
    }

    [Fact]
    public async Task A_stream_reads_by_sid_as_a_list_of_one_until_its_encoder_stops()
    {
        string key = (await CreateKeyAsync()).Data!.StreamKey!;
        string sid = _emulator.StartMediaGatewayStream(TestAppId, key);

        MediaGatewayOnlineStreamResponse read = await Api.GetOnlineStreamAsync(Na, TestAppId, sid);
        AgoraApiException otherRegion = await Assert.ThrowsAsync<AgoraApiException>(() => Api.GetOnlineStreamAsync(MediaGatewayRegion.AsiaPacific, TestAppId, sid));
        Assert.True(_emulator.StopMediaGatewayStream(sid));
        AgoraApiException stopped = await Assert.ThrowsAsync<AgoraApiException>(() => Api.GetOnlineStreamAsync(Na, TestAppId, sid));

        Assert.Equal("success", read.Status);
        Assert.Equal(_channel, Assert.Single(read.Data!).Channel);
        AssertError(otherRegion, HttpStatusCode.NotFound, "stream not found");
        AssertError(stopped, HttpStatusCode.NotFound, "stream not found");
    }

    [Fact]
    public async Task Disconnecting_a_stream_takes_it_offline_and_an_unknown_sid_is_not_found()
    {
        string key = (await CreateKeyAsync()).Data!.StreamKey!;
        string sid = _emulator.StartMediaGatewayStream(TestAppId, key);

        MediaGatewayStatusResponse disconnected = await Api.DisconnectOnlineStreamAsync(Na, TestAppId, sid);
        MediaGatewayOnlineStreamListResponse after = await Api.ListOnlineStreamsAsync(Na, TestAppId);
        AgoraApiException again = await Assert.ThrowsAsync<AgoraApiException>(() => Api.DisconnectOnlineStreamAsync(Na, TestAppId, sid));

        Assert.Equal("success", disconnected.Status);
        Assert.Empty(after.Data!);
        AssertError(again, HttpStatusCode.NotFound, "stream not found");
        Assert.NotEqual(sid, _emulator.StartMediaGatewayStream(TestAppId, key)); // the encoder reconnects under a new sid
    }

    [Fact]
    public async Task Muting_a_live_stream_on_the_stream_control_host_sets_its_states()
    {
        string key = (await CreateKeyAsync()).Data!.StreamKey!;
        string sid = _emulator.StartMediaGatewayStream(TestAppId, key);
        (bool VideoMuted, bool AudioMuted)? atStart = _emulator.GetMediaGatewayStreamMute(sid);

        MediaGatewayStatusResponse muted = await StreamControl.MuteOnlineStreamAsync(Na, TestAppId, sid, new MediaGatewayMuteRequest
        {
            Settings = new MediaGatewayMuteSettings { VideoMuted = true, AudioMuted = false },
        });
        AgoraApiException unknown = await Assert.ThrowsAsync<AgoraApiException>(() => StreamControl.MuteOnlineStreamAsync(Na, TestAppId, "NOSUCHSID", new MediaGatewayMuteRequest
        {
            Settings = new MediaGatewayMuteSettings { VideoMuted = false, AudioMuted = true },
        }));

        Assert.Equal((false, false), atStart);
        Assert.Equal("success", muted.Status);
        Assert.Equal((true, false), _emulator.GetMediaGatewayStreamMute(sid));
        AssertError(unknown, HttpStatusCode.NotFound, "stream not found");
        Assert.Contains(_emulator.ReceivedRequests, r => r.Host == "api.sd-rtn.com" && r.Path.EndsWith("/online-streams/mute/" + sid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_template_is_created_reset_and_bound_to_a_key()
    {
        MediaGatewayStatusResponse created = await Api.CreateOrResetTemplateAsync(Na, TestAppId, "720p", Template720p());
        MediaGatewayStatusResponse reset = await Api.CreateOrResetTemplateAsync(Na, TestAppId, "720p", Template720p(fps: 30));
        MediaGatewayStreamKeyResponse key = await CreateKeyAsync(templateId: "720p");

        using JsonDocument stored = JsonDocument.Parse(_emulator.GetMediaGatewayTemplate(TestAppId, "na", "720p")!);
        Assert.Equal("success", created.Status);
        Assert.Equal("success", reset.Status);
        Assert.Equal(30, stored.RootElement.GetProperty("transcoding").GetProperty("video").GetProperty("fps").GetInt32());
        Assert.Equal(800, stored.RootElement.GetProperty("jitterBuffer").GetProperty("maxSize").GetInt32());
        Assert.NotNull(key.Data!.StreamKey);
        Assert.Null(_emulator.GetMediaGatewayTemplate(TestAppId, "eu", "720p"));
    }

    [Fact]
    public async Task A_template_outside_the_documented_ranges_or_id_is_refused()
    {
        AgoraApiException tooWide = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateOrResetTemplateAsync(Na, TestAppId, "wide", Template720p(width: 3841)));
        AgoraApiException tooFast = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateOrResetTemplateAsync(Na, TestAppId, "fast", Template720p(fps: 61)));
        AgoraApiException tooRich = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateOrResetTemplateAsync(Na, TestAppId, "rich", Template720p(bitrate: 20001)));
        AgoraApiException lowAboveMain = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateOrResetTemplateAsync(Na, TestAppId, "low", Template720p(bitrate: 700)));
        AgoraApiException longId = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateOrResetTemplateAsync(Na, TestAppId, "abcdefghijklm", Template720p()));
        AgoraApiException badId = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateOrResetTemplateAsync(Na, TestAppId, "720-p", Template720p()));

        AssertError(tooWide, HttpStatusCode.BadRequest, "settings.transcoding.video.width must be an integer from 0 to 3840");
        AssertError(tooFast, HttpStatusCode.BadRequest, "settings.transcoding.video.fps must be an integer from 0 to 60");
        AssertError(tooRich, HttpStatusCode.BadRequest, "settings.transcoding.video.bitrate must be an integer from 0 to 20000");
        AssertError(lowAboveMain, HttpStatusCode.BadRequest, "simulcastStream.bitrate");
        AssertError(longId, HttpStatusCode.BadRequest, "templateId");
        AssertError(badId, HttpStatusCode.BadRequest, "templateId");
        Assert.Null(_emulator.GetMediaGatewayTemplate(TestAppId, "na", "wide"));
    }

    [Fact]
    public async Task A_project_has_at_most_10_templates_and_resetting_one_does_not_count()
    {
        for (int i = 0; i < 10; i++)
        {
            await Api.CreateOrResetTemplateAsync(Na, TestAppId, "t" + i, Template720p());
        }

        MediaGatewayStatusResponse reset = await Api.CreateOrResetTemplateAsync(Na, TestAppId, "t3", Template720p(fps: 30));
        AgoraApiException eleventh = await Assert.ThrowsAsync<AgoraApiException>(() => Api.CreateOrResetTemplateAsync(Na, TestAppId, "t10", Template720p()));

        Assert.Equal("success", reset.Status);
        AssertError(eleventh, HttpStatusCode.BadRequest, "at most 10 templates");
    }

    [Fact]
    public async Task Updating_a_template_replaces_the_units_sent_and_keeps_the_others()
    {
        await Api.CreateOrResetTemplateAsync(Na, TestAppId, "720p", Template720p());

        MediaGatewayStatusResponse updated = await Api.UpdateTemplateAsync(Na, TestAppId, "720p", new MediaGatewayTemplateUpdateRequest
        {
            Settings = new MediaGatewayTemplateUpdateSettings { JitterBuffer = new MediaGatewayJitterBuffer { Size = 300 } },
        });
        AgoraApiException maxNotAboveSize = await Assert.ThrowsAsync<AgoraApiException>(() => Api.UpdateTemplateAsync(Na, TestAppId, "720p", new MediaGatewayTemplateUpdateRequest
        {
            Settings = new MediaGatewayTemplateUpdateSettings { JitterBuffer = new MediaGatewayJitterBuffer { Size = 900, MaxSize = 900 } },
        }));
        AgoraApiException unknown = await Assert.ThrowsAsync<AgoraApiException>(() => Api.UpdateTemplateAsync(Na, TestAppId, "1080p", new MediaGatewayTemplateUpdateRequest
        {
            Settings = new MediaGatewayTemplateUpdateSettings { Transcoding = new MediaGatewayTranscoding { Audio = new MediaGatewayAudioTranscoding { Bitrate = 128 } } },
        }));
        AgoraApiException audioTooRich = await Assert.ThrowsAsync<AgoraApiException>(() => Api.UpdateTemplateAsync(Na, TestAppId, "720p", new MediaGatewayTemplateUpdateRequest
        {
            Settings = new MediaGatewayTemplateUpdateSettings { Transcoding = new MediaGatewayTranscoding { Audio = new MediaGatewayAudioTranscoding { Bitrate = 321 } } },
        }));

        using JsonDocument stored = JsonDocument.Parse(_emulator.GetMediaGatewayTemplate(TestAppId, "na", "720p")!);
        JsonElement jitterBuffer = stored.RootElement.GetProperty("jitterBuffer");
        Assert.Equal("success", updated.Status);
        Assert.Equal(300, jitterBuffer.GetProperty("size").GetInt32());
        Assert.False(jitterBuffer.TryGetProperty("maxSize", out _)); // the unit was replaced whole
        Assert.Equal(24, stored.RootElement.GetProperty("transcoding").GetProperty("video").GetProperty("fps").GetInt32());
        AssertError(maxNotAboveSize, HttpStatusCode.BadRequest, "maxSize (900) must be greater than size (900)");
        AssertError(unknown, HttpStatusCode.NotFound, "template '1080p' not found");
        AssertError(audioTooRich, HttpStatusCode.BadRequest, "settings.transcoding.audio.bitrate must be an integer from 64 to 320");
    }

    [Fact]
    public async Task A_deleted_template_is_gone_and_stops_being_the_global_one()
    {
        await Api.CreateOrResetTemplateAsync(Na, TestAppId, "720p", Template720p());
        await Api.SetGlobalTemplateAsync(Na, TestAppId, new MediaGatewayGlobalTemplateRequest { Settings = new() { DefaultStreamTemplate = "720p" } });

        MediaGatewayStatusResponse deleted = await Api.DeleteTemplateAsync(Na, TestAppId, "720p");
        AgoraApiException again = await Assert.ThrowsAsync<AgoraApiException>(() => Api.DeleteTemplateAsync(Na, TestAppId, "720p"));
        AgoraApiException update = await Assert.ThrowsAsync<AgoraApiException>(() => Api.UpdateTemplateAsync(Na, TestAppId, "720p", new MediaGatewayTemplateUpdateRequest
        {
            Settings = new MediaGatewayTemplateUpdateSettings { JitterBuffer = new MediaGatewayJitterBuffer { Size = 300 } },
        }));

        Assert.Equal("success", deleted.Status);
        AssertError(again, HttpStatusCode.NotFound, "template '720p' not found");
        AssertError(update, HttpStatusCode.NotFound, "template '720p' not found");
        Assert.Null(_emulator.GetMediaGatewayTemplate(TestAppId, "na", "720p"));
        Assert.Null(_emulator.GetMediaGatewayGlobalTemplate(TestAppId, "na"));
    }

    [Fact]
    public async Task The_global_template_must_be_an_existing_template_of_the_region()
    {
        await Api.CreateOrResetTemplateAsync(Na, TestAppId, "720p", Template720p());

        MediaGatewayStatusResponse set = await Api.SetGlobalTemplateAsync(Na, TestAppId, new MediaGatewayGlobalTemplateRequest { Settings = new() { DefaultStreamTemplate = "720p" } });
        AgoraApiException unknown = await Assert.ThrowsAsync<AgoraApiException>(() =>
            Api.SetGlobalTemplateAsync(Na, TestAppId, new MediaGatewayGlobalTemplateRequest { Settings = new() { DefaultStreamTemplate = "1080p" } }));
        AgoraApiException otherRegion = await Assert.ThrowsAsync<AgoraApiException>(() =>
            Api.SetGlobalTemplateAsync(MediaGatewayRegion.MainlandChina, TestAppId, new MediaGatewayGlobalTemplateRequest { Settings = new() { DefaultStreamTemplate = "720p" } }));
        AgoraApiException empty = await Assert.ThrowsAsync<AgoraApiException>(() =>
            Api.SetGlobalTemplateAsync(Na, TestAppId, new MediaGatewayGlobalTemplateRequest { Settings = new() { DefaultStreamTemplate = string.Empty } }));

        Assert.Equal("success", set.Status);
        Assert.Equal("720p", _emulator.GetMediaGatewayGlobalTemplate(TestAppId, "na"));
        AssertError(unknown, HttpStatusCode.NotFound, "template '1080p' not found");
        AssertError(otherRegion, HttpStatusCode.NotFound, "template '720p' not found");
        AssertError(empty, HttpStatusCode.BadRequest, "settings.defaultStreamTemplate is required");
    }

    [Fact]
    public async Task Bad_credentials_are_401_with_the_gateway_message()
    {
        var stranger = new MediaGatewayApiClient(_http, AgoraCredentials.Basic(Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N")), SendOnce);

        AgoraApiException refused = await Assert.ThrowsAsync<AgoraApiException>(() => stranger.ListOnlineStreamsAsync(Na, TestAppId));

        AssertError(refused, HttpStatusCode.Unauthorized, "Invalid authentication credentials");
    }

    [Fact]
    public async Task With_quotas_enforced_the_51st_key_in_a_second_is_429_until_the_emulator_clock_moves_on()
    {
        var account = new AgoraEmulatorOptions
        {
            CustomerId = Guid.NewGuid().ToString("N"),
            CustomerSecret = Guid.NewGuid().ToString("N"),
            TimeProvider = _time,
            EnforceRateLimits = true,
        };
        account.Apps.Add(new EmulatedApp(TestAppId, TestAppCertificate, "Ingress"));
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        using HttpClient http = emulator.CreateAgoraHostsClient();
        var api = new MediaGatewayApiClient(http, AgoraCredentials.Basic(account.CustomerId, account.CustomerSecret), SendOnce);
        var request = new MediaGatewayStreamKeyRequest { Settings = new MediaGatewayStreamKeySettings { Channel = _channel, Uid = "1", ExpiresAfter = 0 } };

        for (int i = 0; i < 50; i++)
        {
            await api.CreateStreamKeyAsync(Na, TestAppId, request);
        }

        AgoraApiException limited = await Assert.ThrowsAsync<AgoraApiException>(() => api.CreateStreamKeyAsync(Na, TestAppId, request));
        MediaGatewayOnlineStreamListResponse queryQuotaIsSeparate = await api.ListOnlineStreamsAsync(Na, TestAppId);
        _time.Advance(TimeSpan.FromSeconds(1));
        MediaGatewayStreamKeyResponse nextSecond = await api.CreateStreamKeyAsync(Na, TestAppId, request);

        AssertError(limited, (HttpStatusCode)429, "API rate limit exceeded");
        Assert.Equal(TimeSpan.FromSeconds(1), limited.RetryAfter); // 750 ms left in the window, rounded up
        Assert.Equal("success", queryQuotaIsSeparate.Status);
        Assert.Equal("success", nextSecond.Status);
    }
}
