using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Rest.Services.Tests.CloudRecording;

// The scenario clients over sockets against the emulator, at their declared host (api.sd-rtn.com routed to it):
// every operation of individual, mix and web recording, with values that came from the emulator's state (its clock,
// the sid, the services started), and at least one of Agora's documented failures each: code 2 (invalid parameter),
// 1028 (invalid layout), 7 (already started) and HTTP 404 "failed to find worker", read through CloudRecordingErrors.
public sealed class CloudRecordingEmulatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly AgoraEmulatorOptions _account;
    private readonly RecordingIds _ids = new();
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;

    public CloudRecordingEmulatorTests()
    {
        _account = new() { CustomerId = Guid.NewGuid().ToString("N"), CustomerSecret = Guid.NewGuid().ToString("N"), TimeProvider = _clock };
    }

    private string AppId => _account.Apps[0].AppId;

    private AgoraCredentials Credentials => AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret);

    private static AgoraClientOptions SendOnce => new() { Retry = { MaxRetryAttempts = 0 } };

    private IndividualRecordingApiClient Individual => new(_http, Credentials, SendOnce);

    private MixRecordingApiClient Mix => new(_http, Credentials, SendOnce);

    private WebRecordingApiClient Web => new(_http, Credentials, SendOnce);

    private StorageConfig Storage => new()
    {
        Vendor = StorageVendor.AmazonS3, Region = 0, Bucket = "recordings", AccessKey = _ids.AccessKey, SecretKey = _ids.SecretKey,
    };

    private StopRecordingRequest StopRequest => new() { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() };

    public async Task InitializeAsync()
    {
        _account.Apps.Add(new EmulatedApp("970CA35de60c44645bbae8a215061b33", "5CFd2fd1755d40ecb72977518be15d3b", "Alpha"));
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    // ---- individual ----

    [Fact]
    public async Task An_individual_recording_runs_from_acquire_to_stop_and_is_then_not_found()
    {
        IndividualRecordingApiClient api = Individual;

        AcquireResponse acquired = await api.AcquireAsync(AppId, new IndividualAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { ResourceExpiredHour = 24 } });
        RecordingSessionResponse started = await StartIndividualAsync(acquired.ResourceId!);
        _clock.Advance(TimeSpan.FromMinutes(3));
        QueryRecordingResponse status = await api.QueryAsync(AppId, acquired.ResourceId!, started.Sid!);
        RecordingSessionResponse updated = await api.UpdateAsync(AppId, acquired.ResourceId!, started.Sid!, new UpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new() { StreamSubscribe = new() { AudioUidList = new() { SubscribeAudioUids = ["#allstream#"] } } },
        });
        StopRecordingResponse stopped = await api.StopAsync(AppId, acquired.ResourceId!, started.Sid!, StopRequest);
        AgoraApiException afterStop = await Assert.ThrowsAsync<AgoraApiException>(() => api.QueryAsync(AppId, acquired.ResourceId!, started.Sid!));

        Assert.Equal((_ids.Cname, _ids.Uid), (acquired.Cname, acquired.Uid));
        Assert.Equal(acquired.ResourceId, started.ResourceId);
        Assert.Equal((_ids.Cname, _ids.Uid, started.Sid), (status.Cname, status.Uid, status.Sid));
        Assert.Equal(RecordingStatus.InProgress, status.ServerResponse!.Status);
        Assert.Equal(Start.ToUnixTimeMilliseconds(), status.ServerResponse.SliceStartTime);
        Assert.Equal(started.Sid, updated.Sid);
        Assert.Equal(UploadingStatus.Uploaded, stopped.ServerResponse!.UploadingStatus);
        RecordedFile file = Assert.Single(stopped.ServerResponse.FileList!.Files!);
        Assert.True(file.IsPlayable);
        Assert.Equal(Start.ToUnixTimeSeconds(), file.SliceStartTime);
        Assert.StartsWith(started.Sid!, file.FileName, StringComparison.Ordinal);
        Assert.True(afterStop.IsWorkerNotFound());
    }

    [Fact]
    public async Task Individual_acquire_rejects_resourceExpiredHour_out_of_range_with_code_2()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Individual.AcquireAsync(
            AppId, new IndividualAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { ResourceExpiredHour = 721 } }));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, error.CloudRecordingError());
        Assert.Equal("Acquire: invalid resourceExpiredHour value!", error.Reason);
    }

    [Fact]
    public async Task Individual_start_on_a_web_resource_or_with_mp4_only_is_code_2()
    {
        AcquireResponse web = await Web.AcquireAsync(AppId, new WebAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        AcquireResponse realTime = await Individual.AcquireAsync(AppId, new IndividualAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });

        AgoraApiException wrongScene = await Assert.ThrowsAsync<AgoraApiException>(() => StartIndividualAsync(web.ResourceId!));
        AgoraApiException mp4Only = await Assert.ThrowsAsync<AgoraApiException>(() => StartIndividualAsync(realTime.ResourceId!, new RecordingFileConfig { AvFileTypes = [AvFileType.Mp4] }));
        RecordingSessionResponse started = await StartIndividualAsync(realTime.ResourceId!);

        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, wrongScene.CloudRecordingError());
        Assert.Contains("scene 0", wrongScene.Reason, StringComparison.Ordinal);
        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, mp4Only.CloudRecordingError());
        Assert.Contains("avFileType", mp4Only.Reason, StringComparison.Ordinal);
        Assert.NotNull(started.Sid);
    }

    [Fact]
    public async Task Individual_update_rejects_a_list_with_its_opposite_and_another_uid_finds_no_worker()
    {
        (string resourceId, string sid) = await RunIndividualAsync();

        AgoraApiException both = await Assert.ThrowsAsync<AgoraApiException>(() => Individual.UpdateAsync(AppId, resourceId, sid, new UpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new() { StreamSubscribe = new() { VideoUidList = new() { SubscribeVideoUids = ["1"], UnsubscribeVideoUids = ["2"] } } },
        }));
        AgoraApiException otherUid = await Assert.ThrowsAsync<AgoraApiException>(() => Individual.UpdateAsync(AppId, resourceId, sid, new UpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = OtherUid,
            ClientRequest = new(),
        }));

        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, both.CloudRecordingError());
        Assert.True(otherUid.IsWorkerNotFound());
        Assert.Equal(CloudRecordingErrorCode.WorkerNotFound, otherUid.CloudRecordingError());
    }

    [Fact]
    public async Task An_individual_recording_is_not_found_by_mix_query_update_or_stop_and_stops_once()
    {
        (string resourceId, string sid) = await RunIndividualAsync();

        AgoraApiException query = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.QueryAsync(AppId, resourceId, sid));
        AgoraApiException update = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.UpdateAsync(AppId, resourceId, sid, new UpdateRecordingRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() }));
        AgoraApiException stop = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.StopAsync(AppId, resourceId, sid, StopRequest));
        QueryRecordingResponse stillRunning = await Individual.QueryAsync(AppId, resourceId, sid);
        await Individual.StopAsync(AppId, resourceId, sid, StopRequest);
        AgoraApiException again = await Assert.ThrowsAsync<AgoraApiException>(() => Individual.StopAsync(AppId, resourceId, sid, StopRequest));

        Assert.All(new[] { query, update, stop, again }, e => Assert.True(e.IsWorkerNotFound()));
        Assert.All(new[] { query, update, stop, again }, e => Assert.Equal("failed to find worker", e.Reason));
        Assert.Equal(sid, stillRunning.Sid);
    }

    // ---- mix ----

    [Fact]
    public async Task A_mix_recording_takes_a_custom_layout_then_a_vertical_one_and_stops()
    {
        MixRecordingApiClient api = Mix;
        AcquireResponse acquired = await api.AcquireAsync(AppId, new MixAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { ResourceExpiredHour = 1 } });
        RecordingSessionResponse started = await api.StartAsync(AppId, acquired.ResourceId!, new MixStartRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { StorageConfig = Storage } });

        RecordingSessionResponse custom = await api.UpdateLayoutAsync(AppId, acquired.ResourceId!, started.Sid!, Layout(new()
        {
            MixedVideoLayout = MixedVideoLayout.Custom,
            BackgroundColor = "#FF0000",
            LayoutConfig =
            [
                new LayoutRegion { Uid = "1", XAxis = 0.1, YAxis = 0.1, Width = 0.1, Height = 0.1, Alpha = 1, RenderMode = RenderMode.Fit },
                new LayoutRegion { XAxis = 0.5, YAxis = 0.5, Width = 0.5, Height = 0.5 },
            ],
            BackgroundConfig = [new UserBackground { Uid = "1", ImageUrl = "https://www.example.com/away.jpg" }],
        }));
        RecordingSessionResponse vertical = await api.UpdateLayoutAsync(AppId, acquired.ResourceId!, started.Sid!, Layout(new()
        {
            MixedVideoLayout = MixedVideoLayout.Vertical,
            MaxResolutionUid = "1",
        }));
        RecordingSessionResponse updated = await api.UpdateAsync(AppId, acquired.ResourceId!, started.Sid!, new UpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new() { StorageConfig = Storage },
        });
        QueryRecordingResponse status = await api.QueryAsync(AppId, acquired.ResourceId!, started.Sid!);
        StopRecordingResponse stopped = await api.StopAsync(AppId, acquired.ResourceId!, started.Sid!, StopRequest);
        AgoraApiException layoutAfterStop = await Assert.ThrowsAsync<AgoraApiException>(() => api.UpdateLayoutAsync(
            AppId, acquired.ResourceId!, started.Sid!, Layout(new())));

        Assert.Equal((_ids.Cname, _ids.Uid, acquired.ResourceId, started.Sid), (custom.Cname, custom.Uid, custom.ResourceId, custom.Sid));
        Assert.Equal(started.Sid, vertical.Sid);
        Assert.Equal(started.Sid, updated.Sid);
        Assert.Equal(RecordingStatus.InProgress, status.ServerResponse!.Status);
        Assert.Equal($"{started.Sid}_{_ids.Cname}.m3u8", status.ServerResponse.FileList!.M3u8FileName);
        Assert.Equal(started.Sid, stopped.Sid);
        Assert.Equal(UploadingStatus.Uploaded, stopped.ServerResponse!.UploadingStatus);
        Assert.True(layoutAfterStop.IsWorkerNotFound());
    }

    [Fact]
    public async Task Mix_acquire_rejects_uid_zero_with_code_2()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.AcquireAsync(
            AppId, new MixAcquireRequest { Cname = _ids.Cname, Uid = "0", ClientRequest = new() }));

        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, error.CloudRecordingError());
        Assert.Contains("uid", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_mix_start_on_one_resource_is_already_started()
    {
        MixRecordingApiClient api = Mix;
        AcquireResponse acquired = await api.AcquireAsync(AppId, new MixAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        var start = new MixStartRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new MixStartClientRequest { StorageConfig = Storage } };

        RecordingSessionResponse started = await api.StartAsync(AppId, acquired.ResourceId!, start);
        AgoraApiException again = await Assert.ThrowsAsync<AgoraApiException>(() => api.StartAsync(AppId, acquired.ResourceId!, start));

        Assert.NotNull(started.Sid);
        Assert.True(again.IsAlreadyStarted());
        Assert.False(again.IsWorkerNotFound());
    }

    public static TheoryData<string, UpdateLayoutClientRequest> InvalidLayouts => new()
    {
        { "mixedVideoLayout", new() { MixedVideoLayout = (MixedVideoLayout)4 } },
        { "backgroundColor", new() { BackgroundColor = "red" } },
        { "backgroundColor", new() { BackgroundColor = "#FF00" } },
        { "maxResolutionUid", new() { MixedVideoLayout = MixedVideoLayout.Vertical } },
        { "maxResolutionUid", new() { MixedVideoLayout = MixedVideoLayout.Vertical, MaxResolutionUid = "0" } },
        { "layoutConfig is only for the custom layout", new() { MixedVideoLayout = MixedVideoLayout.Adaptive, LayoutConfig = [Window(0.1)] } },
        { "at most 17", new() { MixedVideoLayout = MixedVideoLayout.Custom, LayoutConfig = Enumerable.Range(0, 18).Select(_ => Window(0.1)).ToList() } },
        { "x_axis", new() { MixedVideoLayout = MixedVideoLayout.Custom, LayoutConfig = [Window(1.5)] } },
        { "alpha", new() { MixedVideoLayout = MixedVideoLayout.Custom, LayoutConfig = [new LayoutRegion { XAxis = 0, YAxis = 0, Width = 1, Height = 1, Alpha = -0.5 }] } },
        { "render_mode", new() { MixedVideoLayout = MixedVideoLayout.Custom, LayoutConfig = [new LayoutRegion { XAxis = 0, YAxis = 0, Width = 1, Height = 1, RenderMode = (RenderMode)2 }] } },
        { "image_url", new() { BackgroundConfig = [new UserBackground { Uid = "1", ImageUrl = "http://www.example.com/away.jpg" }] } },
        { "backgroundImage", new() { BackgroundImage = "not a url" } },
    };

    [Theory]
    [MemberData(nameof(InvalidLayouts))]
    public async Task UpdateLayout_rejects_an_invalid_layout_with_code_1028_naming_the_field(string named, UpdateLayoutClientRequest layout)
    {
        (string resourceId, string sid) = await RunMixAsync();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.UpdateLayoutAsync(AppId, resourceId, sid, Layout(layout)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(CloudRecordingErrorCode.InvalidLayout, error.CloudRecordingError());
        Assert.Contains(named, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateLayout_of_an_individual_recording_finds_no_mix_worker()
    {
        (string resourceId, string sid) = await RunIndividualAsync();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.UpdateLayoutAsync(AppId, resourceId, sid, Layout(new() { MixedVideoLayout = MixedVideoLayout.Adaptive })));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.True(error.IsWorkerNotFound());
    }

    [Fact]
    public async Task Mix_update_rejects_more_than_32_uids_with_code_2()
    {
        (string resourceId, string sid) = await RunMixAsync();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.UpdateAsync(AppId, resourceId, sid, new UpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new() { StreamSubscribe = new() { AudioUidList = new() { UnsubscribeAudioUids = Enumerable.Range(1, 33).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList() } } },
        }));

        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, error.CloudRecordingError());
        Assert.Contains("32", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mix_recording_is_not_found_by_web_or_individual_query_and_stop()
    {
        (string resourceId, string sid) = await RunMixAsync();

        AgoraApiException webQuery = await Assert.ThrowsAsync<AgoraApiException>(() => Web.QueryAsync(AppId, resourceId, sid));
        AgoraApiException individualStop = await Assert.ThrowsAsync<AgoraApiException>(() => Individual.StopAsync(AppId, resourceId, sid, StopRequest));
        AgoraApiException otherSid = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.QueryAsync(AppId, resourceId, Guid.NewGuid().ToString("N")));
        StopRecordingResponse stopped = await Mix.StopAsync(AppId, resourceId, sid, StopRequest);

        Assert.True(webQuery.IsWorkerNotFound());
        Assert.True(individualStop.IsWorkerNotFound());
        Assert.True(otherSid.IsWorkerNotFound());
        Assert.Equal(sid, stopped.Sid);
    }

    // ---- web ----

    [Fact]
    public async Task A_web_recording_started_on_hold_reports_its_services_files_and_push_from_acquire_to_stop()
    {
        WebRecordingApiClient api = Web;
        AcquireResponse acquired = await api.AcquireAsync(AppId, new WebAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { ResourceExpiredHour = 2 } });
        RecordingSessionResponse started = await api.StartAsync(AppId, acquired.ResourceId!, WebStart(onHold: true, push: "rtmp://cdn.example.com/live/first"));

        WebQueryRecordingResponse onHold = await api.QueryAsync(AppId, acquired.ResourceId!, started.Sid!);
        _clock.Advance(TimeSpan.FromSeconds(90));
        RecordingSessionResponse resumed = await api.UpdateAsync(AppId, acquired.ResourceId!, started.Sid!, WebUpdate(new() { WebRecordingConfig = new() { OnHold = false } }));
        await api.UpdateAsync(AppId, acquired.ResourceId!, started.Sid!, WebUpdate(new() { RtmpPublishConfig = new() { Outputs = [new RtmpOutput { RtmpUrl = "rtmps://cdn.example.com/live/second" }] } }));
        WebQueryRecordingResponse recording = await api.QueryAsync(AppId, acquired.ResourceId!, started.Sid!);
        WebStopRecordingResponse stopped = await api.StopAsync(AppId, acquired.ResourceId!, started.Sid!, new StopRecordingRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { AsyncStop = true } });
        AgoraApiException afterStop = await Assert.ThrowsAsync<AgoraApiException>(() => api.QueryAsync(AppId, acquired.ResourceId!, started.Sid!));

        ExtensionServicePayload paused = Service(onHold, ExtensionServiceName.WebRecorder);
        Assert.Equal((_ids.Cname, _ids.Uid, started.Sid), (onHold.Cname, onHold.Uid, onHold.Sid));
        Assert.Equal(RecordingStatus.InProgress, onHold.ServerResponse!.Status);
        Assert.True(paused.OnHold);
        Assert.Empty(paused.FileList!);
        Assert.Equal(RtmpPublishStatus.OnHold, Assert.Single(Service(onHold, ExtensionServiceName.RtmpPublish).Outputs!).Status);
        Assert.Equal(started.Sid, resumed.Sid);

        ExtensionServicePayload running = Service(recording, ExtensionServiceName.WebRecorder);
        Assert.False(running.OnHold);
        Assert.Equal(ExtensionServiceRunState.InProgress, running.State);
        Assert.Equal(new[] { ".m3u8", ".mp4" }, running.FileList!.Select(f => System.IO.Path.GetExtension(f.FileName)));
        Assert.All(running.FileList!, f => Assert.Equal(Start.AddSeconds(90).ToUnixTimeSeconds(), f.SliceStartTime));
        RtmpOutputState push = Assert.Single(Service(recording, ExtensionServiceName.RtmpPublish).Outputs!);
        Assert.Equal(("rtmps://cdn.example.com/live/second", RtmpPublishStatus.Publishing), (push.RtmpUrl, push.Status));

        Assert.Equal((_ids.Cname, _ids.Uid, started.Sid), (stopped.Cname, stopped.Uid, stopped.Sid));
        StopExtensionServiceState upload = Assert.Single(stopped.ServerResponse!.ExtensionServiceState!, s => s.ServiceName == ExtensionServiceName.Upload);
        StopExtensionServiceState recorder = Assert.Single(stopped.ServerResponse.ExtensionServiceState!, s => s.ServiceName == ExtensionServiceName.WebRecorder);
        Assert.Equal(UploadingStatus.Uploaded, upload.Payload!.UploadingStatus);
        Assert.Equal(ExtensionServiceRunState.Exit, recorder.Payload!.State);
        Assert.Equal(running.FileList!.Select(f => f.FileName), recorder.Payload.FileList!.Select(f => f.FileName));
        Assert.True(afterStop.IsWorkerNotFound());
    }

    [Fact]
    public async Task Web_acquire_rejects_resourceExpiredHour_zero_with_code_2()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Web.AcquireAsync(
            AppId, new WebAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { ResourceExpiredHour = 0 } }));

        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, error.CloudRecordingError());
    }

    public static TheoryData<string, WebStartClientRequestCase> InvalidWebStarts => new()
    {
        { "extensionServiceConfig", new(c => c.ExtensionServiceConfig = null) },
        { "web_recorder_service", new(c => c.ExtensionServiceConfig = new() { ExtensionServices = [new RtmpPublishService { ServiceParam = new() }] }) },
        { "url", new(c => Recorder(c).Url = "about:blank") },
        { "1920 x 1080", new(c => (Recorder(c).VideoWidth, Recorder(c).VideoHeight) = (3840, 2160)) },
        { "maxRecordingHour", new(c => Recorder(c).MaxRecordingHour = 721) },
        { "videoFps", new(c => Recorder(c).VideoFps = 61) },
        { "maxVideoDuration", new(c => Recorder(c).MaxVideoDuration = 20) },
        { "readyTimeout", new(c => Recorder(c).ReadyTimeout = 61) },
    };

    [Theory]
    [MemberData(nameof(InvalidWebStarts))]
    public async Task Web_start_checks_the_web_recorder_service_with_code_2(string named, WebStartClientRequestCase change)
    {
        AcquireResponse acquired = await Web.AcquireAsync(AppId, new WebAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        WebStartRequest start = WebStart(onHold: false, push: null);
        change.Apply(start.ClientRequest);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Web.StartAsync(AppId, acquired.ResourceId!, start));

        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, error.CloudRecordingError());
        Assert.Contains(named, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_start_needs_a_scene_1_resource()
    {
        AcquireResponse realTime = await Mix.AcquireAsync(AppId, new MixAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Web.StartAsync(AppId, realTime.ResourceId!, WebStart(onHold: false, push: null)));

        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, error.CloudRecordingError());
        Assert.Equal("Start: web mode needs a resource acquired with scene 1", error.Reason);
    }

    [Fact]
    public async Task Web_update_rejects_a_non_rtmp_push_address_and_another_cname_finds_no_worker()
    {
        AcquireResponse acquired = await Web.AcquireAsync(AppId, new WebAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        RecordingSessionResponse started = await Web.StartAsync(AppId, acquired.ResourceId!, WebStart(onHold: false, push: "rtmp://cdn.example.com/live/first"));

        AgoraApiException http = await Assert.ThrowsAsync<AgoraApiException>(() => Web.UpdateAsync(AppId, acquired.ResourceId!, started.Sid!,
            WebUpdate(new() { RtmpPublishConfig = new() { Outputs = [new RtmpOutput { RtmpUrl = "https://cdn.example.com/live" }] } })));
        AgoraApiException otherName = await Assert.ThrowsAsync<AgoraApiException>(() => Web.UpdateAsync(AppId, acquired.ResourceId!, started.Sid!,
            new WebUpdateRecordingRequest { Cname = "other" + _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { WebRecordingConfig = new() { OnHold = true } } }));
        WebQueryRecordingResponse status = await Web.QueryAsync(AppId, acquired.ResourceId!, started.Sid!);

        Assert.Equal(CloudRecordingErrorCode.InvalidParameter, http.CloudRecordingError());
        Assert.Contains("rtmpUrl", http.Reason, StringComparison.Ordinal);
        Assert.True(otherName.IsWorkerNotFound());
        Assert.Equal("rtmp://cdn.example.com/live/first", Assert.Single(Service(status, ExtensionServiceName.RtmpPublish).Outputs!).RtmpUrl);
        Assert.False(Service(status, ExtensionServiceName.WebRecorder).OnHold);
    }

    [Fact]
    public async Task A_web_recording_is_not_found_in_mix_mode_and_a_mix_recording_not_in_web_mode()
    {
        AcquireResponse acquired = await Web.AcquireAsync(AppId, new WebAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        RecordingSessionResponse started = await Web.StartAsync(AppId, acquired.ResourceId!, WebStart(onHold: false, push: null));
        (string mixResource, string mixSid) = await RunMixAsync();

        AgoraApiException mixQuery = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.QueryAsync(AppId, acquired.ResourceId!, started.Sid!));
        AgoraApiException mixStop = await Assert.ThrowsAsync<AgoraApiException>(() => Mix.StopAsync(AppId, acquired.ResourceId!, started.Sid!, StopRequest));
        AgoraApiException webUpdate = await Assert.ThrowsAsync<AgoraApiException>(() => Web.UpdateAsync(AppId, mixResource, mixSid, WebUpdate(new() { WebRecordingConfig = new() { OnHold = true } })));
        AgoraApiException webStop = await Assert.ThrowsAsync<AgoraApiException>(() => Web.StopAsync(AppId, mixResource, mixSid, StopRequest));
        WebStopRecordingResponse stopped = await Web.StopAsync(AppId, acquired.ResourceId!, started.Sid!, StopRequest);

        Assert.All(new[] { mixQuery, mixStop, webUpdate, webStop }, e => Assert.True(e.IsWorkerNotFound()));
        Assert.Equal(started.Sid, stopped.Sid);
    }

    // ---- helpers ----

    private string OtherUid => _ids.Uid == "1" ? "2" : "1";

    private static LayoutRegion Window(double x) => new() { XAxis = x, YAxis = 0, Width = 0.1, Height = 0.1 };

    private static WebRecorderServiceParam Recorder(WebStartClientRequest request) =>
        ((WebRecorderService)request.ExtensionServiceConfig!.ExtensionServices[0]).ServiceParam;

    private static ExtensionServicePayload Service(WebQueryRecordingResponse response, ExtensionServiceName name) =>
        Assert.Single(response.ServerResponse!.ExtensionServiceState!, s => s.ServiceName == name).Payload!;

    private UpdateLayoutRequest Layout(UpdateLayoutClientRequest layout) => new() { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = layout };

    private WebUpdateRecordingRequest WebUpdate(WebUpdateRecordingClientRequest change) => new() { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = change };

    private Task<RecordingSessionResponse> StartIndividualAsync(string resourceId, RecordingFileConfig? files = null) =>
        Individual.StartAsync(AppId, resourceId, new IndividualStartRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new IndividualStartClientRequest
            {
                StorageConfig = Storage,
                RecordingConfig = new() { ChannelType = ChannelType.Communication },
                RecordingFileConfig = files,
            },
        });

    private async Task<(string ResourceId, string Sid)> RunIndividualAsync()
    {
        AcquireResponse acquired = await Individual.AcquireAsync(AppId, new IndividualAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        RecordingSessionResponse started = await StartIndividualAsync(acquired.ResourceId!);
        return (acquired.ResourceId!, started.Sid!);
    }

    private async Task<(string ResourceId, string Sid)> RunMixAsync()
    {
        AcquireResponse acquired = await Mix.AcquireAsync(AppId, new MixAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        RecordingSessionResponse started = await Mix.StartAsync(AppId, acquired.ResourceId!, new MixStartRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { StorageConfig = Storage } });
        return (acquired.ResourceId!, started.Sid!);
    }

    private WebStartRequest WebStart(bool onHold, string? push)
    {
        var services = new System.Collections.Generic.List<ExtensionService>
        {
            new WebRecorderService
            {
                ServiceParam = new()
                {
                    Url = "https://www.example.com/board",
                    AudioProfile = AudioProfile.MonoStandard,
                    VideoWidth = 1280,
                    VideoHeight = 720,
                    MaxRecordingHour = 1,
                    OnHold = onHold,
                },
            },
        };
        if (push is not null)
        {
            services.Add(new RtmpPublishService { ServiceParam = new() { Outputs = [new RtmpOutput { RtmpUrl = push }] } });
        }

        return new WebStartRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new WebStartClientRequest
            {
                StorageConfig = Storage,
                RecordingFileConfig = new() { AvFileTypes = [AvFileType.Hls, AvFileType.Mp4] },
                ExtensionServiceConfig = new() { ExtensionServices = services },
            },
        };
    }
}

/// <summary>A change to a valid web start, as theory data (xunit shows the case by its field).</summary>
public sealed class WebStartClientRequestCase(Action<WebStartClientRequest> apply)
{
    public void Apply(WebStartClientRequest request) => apply(request);
}
