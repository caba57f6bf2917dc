using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Services.CloudTranscoding;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Rest.Services.Tests.CloudTranscoding;

// The Cloud Transcoding client over sockets against the emulator, at its declared host (api.sd-rtn.com routed to it):
// builder tokens on the emulator's clock, a task from create to delete, ABR templates, and the documented failures.
public sealed class CloudTranscodingEmulatorTests : IAsyncLifetime
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private AgoraEmulatorOptions _account = null!;
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;
    private CloudTranscodingApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _account = TestAccount.New(_clock, "Media");
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
        _api = new CloudTranscodingApiClient(_http, AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret), new AgoraClientOptions { Retry = { MaxRetryAttempts = 0 } });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private static TranscoderServices Services(int canvasWidth = 960, string outputChannel = "test02") => new()
    {
        CloudTranscoder = new CloudTranscoderService
        {
            ServiceType = TranscoderServiceType.CloudTranscoderV2,
            Config = new CloudTranscoderServiceConfig
            {
                Transcoder = new TranscoderConfig
                {
                    IdleTimeout = 300,
                    AudioInputs = [new TranscoderAudioInput { Rtc = new TranscoderRtcSource { RtcChannel = "test01", RtcUid = 123, RtcToken = "token-123" } }],
                    VideoInputs =
                    [
                        new TranscoderVideoInput
                        {
                            Rtc = new TranscoderRtcSource { RtcChannel = "test01", RtcUid = 123, RtcToken = "token-123" },
                            Region = new TranscoderRegion { X = 0, Y = 0, Width = 320, Height = 360, ZOrder = 2 },
                        },
                    ],
                    Canvas = new TranscoderCanvas { Width = canvasWidth, Height = 480, Color = 0 },
                    Outputs =
                    [
                        new TranscoderOutput
                        {
                            Rtc = new TranscoderRtcSource { RtcChannel = outputChannel, RtcUid = 1000, RtcToken = "token-1000" },
                            VideoOption = new TranscoderVideoOption { Width = 960, Height = 480, Bitrate = 800, Codec = TranscoderVideoCodec.H264, Fps = 30 },
                        },
                    ],
                },
            },
        },
    };

    private static TranscodingTaskRequest Task(int canvasWidth = 960, string outputChannel = "test02") => new() { Services = Services(canvasWidth, outputChannel) };

    private async Task<string> TokenAsync() =>
        (await _api.AcquireBuilderTokenAsync(AppId, new AcquireBuilderTokenRequest { InstanceId = "abc13328", Services = Services() })).TokenName!;

    [Fact]
    public async Task A_task_runs_from_create_to_delete_with_its_builder_token_and_is_then_not_found()
    {
        BuilderTokenAcquired token = await _api.AcquireBuilderTokenAsync(AppId, new AcquireBuilderTokenRequest { InstanceId = "abc13328", Services = Services() });

        TranscodingTask created = await _api.CreateAsync(AppId, token.TokenName!, Task());
        TranscodingTask queried = await _api.QueryAsync(AppId, created.TaskId!, token.TokenName!);
        TranscodingTask deleted = await _api.DeleteAsync(AppId, created.TaskId!, token.TokenName!);
        AgoraApiException after = await Assert.ThrowsAsync<AgoraApiException>(() => _api.QueryAsync(AppId, created.TaskId!, token.TokenName!));

        Assert.Equal(("abc13328", _clock.GetUtcNow().ToUnixTimeSeconds()), (token.InstanceId, token.CreateTs));
        Assert.Equal(("STARTED", "serviceReady", "0"), (created.Status, created.Services!.CloudTranscoder!.Status, created.SequenceId));
        Assert.Equal(("IN_PROGRESS", "serviceInProgress", created.CreateTs), (queried.Status, queried.Services!.CloudTranscoder!.Status, queried.CreateTs));
        Assert.Equal(TranscoderServiceType.CloudTranscoderV2, queried.Services.CloudTranscoder.ServiceType);
        Assert.Equal(("STOPPED", "OnSlaveServiceStopped", created.TaskId), (deleted.Status, deleted.Services!.CloudTranscoder!.Message, deleted.TaskId));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal("task not found", after.ErrorMessage);
    }

    [Fact]
    public async Task Acquire_with_an_instance_id_outside_the_documented_pattern_is_400()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => _api.AcquireBuilderTokenAsync(AppId, new AcquireBuilderTokenRequest { InstanceId = "not allowed!", Services = Services() }));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("instanceId", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_a_token_older_than_five_minutes_is_400_and_one_just_under_is_accepted()
    {
        string lapsing = await TokenAsync();
        string fresh = await TokenAsync();
        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));

        TranscodingTask created = await _api.CreateAsync(AppId, fresh, Task());
        _clock.Advance(TimeSpan.FromSeconds(1));
        AgoraApiException expired = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateAsync(AppId, lapsing, Task()));

        Assert.NotNull(created.TaskId);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("expired", expired.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_a_token_that_already_created_a_task_is_409_and_an_unknown_token_is_400()
    {
        string token = await TokenAsync();
        await _api.CreateAsync(AppId, token, Task());

        AgoraApiException used = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateAsync(AppId, token, Task()));
        AgoraApiException unknown = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateAsync(AppId, "xUwUbQf9ZxxxxxtLslGnDg0lk8RYaUE0", Task()));

        Assert.Equal(HttpStatusCode.Conflict, used.StatusCode);
        Assert.Contains("already", used.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("invalid builderToken", unknown.ErrorMessage);
    }

    [Fact]
    public async Task Create_with_a_canvas_outside_the_documented_range_is_400()
    {
        string token = await TokenAsync();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.CreateAsync(AppId, token, Task(canvasWidth: 100)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("canvas.width", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_with_another_token_than_the_tasks_is_400()
    {
        string token = await TokenAsync();
        TranscodingTask created = await _api.CreateAsync(AppId, token, Task());
        string other = await TokenAsync();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.QueryAsync(AppId, created.TaskId!, other));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("builderToken", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_replaces_the_configuration_and_a_sequence_id_not_above_the_last_is_400()
    {
        string token = await TokenAsync();
        string taskId = (await _api.CreateAsync(AppId, token, Task())).TaskId!;

        await _api.UpdateAsync(AppId, taskId, token, "1", TranscoderUpdateMask.Config, Task(canvasWidth: 1280));
        AgoraApiException stale = await Assert.ThrowsAsync<AgoraApiException>(() => _api.UpdateAsync(AppId, taskId, token, "1", TranscoderUpdateMask.Config, Task()));
        TranscodingTask queried = await _api.QueryAsync(AppId, taskId, token);

        Assert.Equal("1", queried.SequenceId);
        Assert.Equal(1280, queried.Services!.CloudTranscoder!.Config!.Value.GetProperty("transcoder").GetProperty("canvas").GetProperty("width").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("sequenceId", stale.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_with_another_update_mask_is_400()
    {
        string token = await TokenAsync();
        string taskId = (await _api.CreateAsync(AppId, token, Task())).TaskId!;

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => _api.UpdateAsync(AppId, taskId, token, "1", new TranscoderUpdateMask("services.cloudTranscoder.config.transcoder.canvas"), Task()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("updateMask", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_of_a_task_that_is_not_running_is_404()
    {
        string token = await TokenAsync();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.DeleteAsync(AppId, "609f28f2644f1ae1ceb041b7047e3000", token));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Templates_are_created_replaced_and_listed()
    {
        TranscodingTemplateSaved saved = await _api.CreateOrUpdateTemplateAsync(AppId, "hd", new TranscodingTemplate { Enabled = true, Video = new() { Width = 1280, Height = 720, Fps = 15 } });
        await _api.CreateOrUpdateTemplateAsync(AppId, "sd", new TranscodingTemplate { Enabled = false, Video = new() { Width = 640, Height = 360, Fps = 15 } });
        await _api.CreateOrUpdateTemplateAsync(AppId, "hd", new TranscodingTemplate { Enabled = true, Video = new() { Width = 1920, Height = 1080, Fps = 30 } });

        TranscodingTemplates list = await _api.ListTemplatesAsync(AppId);

        Assert.Equal(TranscodingTemplateStatus.Success, saved.Status);
        Assert.Equal(TranscodingTemplateStatus.Success, list.Status);
        Assert.True(list.Data!.Enabled);
        Assert.Equal(["hd", "sd"], list.Data.Codecs!.Select(c => c.Id));
        Assert.Equal((1920, 1080, 30), (list.Data.Codecs![0].Video!.Width, list.Data.Codecs[0].Video!.Height, list.Data.Codecs[0].Video!.Fps));
        Assert.False(list.Data.Codecs[1].Enabled);
    }

    [Fact]
    public async Task A_template_without_a_positive_size_is_400_with_status_error()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => _api.CreateOrUpdateTemplateAsync(AppId, "bad", new TranscodingTemplate { Enabled = true, Video = new() { Width = 0, Height = 720, Fps = 15 } }));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("width", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"error\"", error.ResponseBodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_template_list_of_an_unknown_app_id_is_the_gateways_400()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.ListTemplatesAsync("00000000000000000000000000000000"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid appid", error.ErrorMessage);
    }
}
