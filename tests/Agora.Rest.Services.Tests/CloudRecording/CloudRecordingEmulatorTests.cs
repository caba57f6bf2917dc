using System;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Testing;

namespace Agora.Rest.Services.Tests.CloudRecording;

// The scenario clients over sockets against the emulator, at their declared host (api.sd-rtn.com routed to it):
// acquire → start → query → update → stop in each mode, and the error helpers on the emulator's real error answers.
public sealed class CloudRecordingEmulatorTests : IAsyncLifetime
{
    private readonly AgoraEmulatorOptions _account = new() { CustomerId = Guid.NewGuid().ToString("N"), CustomerSecret = Guid.NewGuid().ToString("N") };
    private readonly RecordingIds _ids = new();
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;

    private string AppId => _account.Apps[0].AppId;

    private AgoraCredentials Credentials => AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret);

    private static AgoraClientOptions SendOnce => new() { Retry = { MaxRetryAttempts = 0 } };

    private StorageConfig Storage => new()
    {
        Vendor = StorageVendor.AmazonS3, Region = 0, Bucket = "recordings", AccessKey = _ids.AccessKey, SecretKey = _ids.SecretKey,
    };

    public async Task InitializeAsync()
    {
        _account.Apps.Add(new EmulatedApp(Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), "Alpha"));
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task An_individual_recording_runs_from_acquire_to_stop_and_is_then_not_found()
    {
        var api = new IndividualRecordingApiClient(_http, Credentials, SendOnce);

        AcquireResponse acquired = await api.AcquireAsync(AppId, new IndividualAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { ResourceExpiredHour = 24 } });
        RecordingSessionResponse started = await api.StartAsync(AppId, acquired.ResourceId!, new IndividualStartRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new IndividualStartClientRequest { StorageConfig = Storage, RecordingConfig = new() { ChannelType = ChannelType.Communication } },
        });
        QueryRecordingResponse status = await api.QueryAsync(AppId, acquired.ResourceId!, started.Sid!);
        RecordingSessionResponse updated = await api.UpdateAsync(AppId, acquired.ResourceId!, started.Sid!, new UpdateRecordingRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new() { StreamSubscribe = new() { AudioUidList = new() { SubscribeAudioUids = ["#allstream#"] } } },
        });
        StopRecordingResponse stopped = await api.StopAsync(AppId, acquired.ResourceId!, started.Sid!, new StopRecordingRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        AgoraApiException afterStop = await Assert.ThrowsAsync<AgoraApiException>(() => api.QueryAsync(AppId, acquired.ResourceId!, started.Sid!));

        Assert.Equal(RecordingStatus.InProgress, status.ServerResponse!.Status);
        Assert.False(status.ServerResponse.FileList!.IsFileArray);
        Assert.Equal(started.Sid, updated.Sid);
        Assert.Equal(UploadingStatus.Uploaded, stopped.ServerResponse!.UploadingStatus);
        Assert.True(Assert.Single(stopped.ServerResponse.FileList!.Files!).IsPlayable);
        Assert.True(afterStop.IsWorkerNotFound());
    }

    [Fact]
    public async Task A_second_mix_start_on_one_resource_is_already_started()
    {
        var api = new MixRecordingApiClient(_http, Credentials, SendOnce);
        AcquireResponse acquired = await api.AcquireAsync(AppId, new MixAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        var start = new MixStartRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new MixStartClientRequest { StorageConfig = Storage } };

        RecordingSessionResponse started = await api.StartAsync(AppId, acquired.ResourceId!, start);
        AgoraApiException again = await Assert.ThrowsAsync<AgoraApiException>(() => api.StartAsync(AppId, acquired.ResourceId!, start));

        Assert.NotNull(started.Sid);
        Assert.True(again.IsAlreadyStarted());
        Assert.False(again.IsWorkerNotFound());
    }

    [Fact]
    public async Task A_web_recording_started_in_web_mode_is_not_found_in_mix_mode()
    {
        var web = new WebRecordingApiClient(_http, Credentials, SendOnce);
        var mix = new MixRecordingApiClient(_http, Credentials, SendOnce);
        AcquireResponse acquired = await web.AcquireAsync(AppId, new WebAcquireRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() });
        RecordingSessionResponse started = await web.StartAsync(AppId, acquired.ResourceId!, new WebStartRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new WebStartClientRequest
            {
                StorageConfig = Storage,
                ExtensionServiceConfig = new()
                {
                    ExtensionServices =
                    [
                        new WebRecorderService
                        {
                            ServiceParam = new() { Url = "https://www.example.com", AudioProfile = AudioProfile.MonoStandard, VideoWidth = 1280, VideoHeight = 720, MaxRecordingHour = 1 },
                        },
                    ],
                },
            },
        });

        AgoraApiException wrongMode = await Assert.ThrowsAsync<AgoraApiException>(() => mix.QueryAsync(AppId, acquired.ResourceId!, started.Sid!));
        WebQueryRecordingResponse status = await web.QueryAsync(AppId, acquired.ResourceId!, started.Sid!);
        WebStopRecordingResponse stopped = await web.StopAsync(AppId, acquired.ResourceId!, started.Sid!, new StopRecordingRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() { AsyncStop = true } });

        Assert.True(wrongMode.IsWorkerNotFound());
        Assert.Equal(RecordingStatus.InProgress, status.ServerResponse!.Status);
        Assert.Equal(started.Sid, stopped.Sid);
    }
}
