using System;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>Cloud Recording's acquire → start → query/update → stop state machine and its <c>{code, reason}</c> errors.</summary>
public sealed class CloudRecordingTests : EmulatorTest
{
    public CloudRecordingTests()
        : base(clockStart: null, "Alpha")
    {
    }

    private string AppId => Account.Apps[0].AppId;

    private CloudRecordingApiClient Recording => new(Http, Credentials);

    // Storage keys are the user's cloud storage secrets: random here, as they would come from configuration.
    private static StartRecordingRequest StartRequest(string channel = "stage", string uid = "527841") =>
        new(channel, uid, new StartClientRequest(new StorageConfig(1, 0, "recordings", EmulatorAccount.RandomHex(), EmulatorAccount.RandomHex())));

    private async Task<(Acquired Resource, RecordingStarted Started)> StartRecordingAsync()
    {
        Acquired acquired = await Recording.AcquireAsync(AppId, new AcquireRequest("stage", "527841", new AcquireClientRequest(24)));
        RecordingStarted started = await Recording.StartAsync(AppId, acquired.ResourceId, RecordingMode.Mix, StartRequest());
        return (acquired, started);
    }

    [Fact]
    public async Task A_recording_runs_from_acquire_to_stop_and_is_gone_after()
    {
        (Acquired acquired, RecordingStarted started) = await StartRecordingAsync();

        RecordingStatus status = await Recording.QueryAsync(AppId, acquired.ResourceId, started.Sid, RecordingMode.Mix);
        RecordingUpdated updated = await Recording.UpdateAsync(AppId, acquired.ResourceId, started.Sid, RecordingMode.Mix, new UpdateRecordingRequest("stage", "527841", new { }));
        RecordingStopped stopped = await Recording.StopAsync(AppId, acquired.ResourceId, started.Sid, RecordingMode.Mix, new StopRecordingRequest("stage", "527841", new { }));
        AgoraApiException afterStop = await Assert.ThrowsAsync<AgoraApiException>(
            () => Recording.QueryAsync(AppId, acquired.ResourceId, started.Sid, RecordingMode.Mix));

        Assert.Equal(acquired.ResourceId, started.ResourceId);
        Assert.Equal(5, status.ServerResponse.Status);
        Assert.Equal(started.Sid, updated.Sid);
        Assert.Equal("uploaded", stopped.ServerResponse.UploadingStatus);
        Assert.True(Assert.Single(stopped.ServerResponse.FileList).IsPlayable);
        Assert.Equal(HttpStatusCode.NotFound, afterStop.StatusCode);
        Assert.Equal("404", afterStop.ErrorCode);
    }

    [Fact]
    public async Task A_resource_id_unused_for_five_minutes_cannot_start_a_recording()
    {
        Acquired acquired = await Recording.AcquireAsync(AppId, new AcquireRequest("stage", "527841", new AcquireClientRequest()));
        Time.Advance(TimeSpan.FromMinutes(5));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => Recording.StartAsync(AppId, acquired.ResourceId, RecordingMode.Mix, StartRequest()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("2", error.ErrorCode);
        Assert.Contains("acquire a new one", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resource_id_starts_one_recording_only()
    {
        (Acquired acquired, _) = await StartRecordingAsync();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => Recording.StartAsync(AppId, acquired.ResourceId, RecordingMode.Mix, StartRequest()));

        Assert.Equal("7", error.ErrorCode);
    }

    [Theory]
    [InlineData("other-channel", "527841")]
    [InlineData("stage", "1")]
    public async Task Start_must_name_the_channel_and_uid_given_to_acquire(string channel, string uid)
    {
        Acquired acquired = await Recording.AcquireAsync(AppId, new AcquireRequest("stage", "527841", new AcquireClientRequest()));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => Recording.StartAsync(AppId, acquired.ResourceId, RecordingMode.Mix, StartRequest(channel, uid)));

        Assert.Equal("2", error.ErrorCode);
    }

    [Fact]
    public async Task Acquire_checks_resourceExpiredHour_with_Agora_s_documented_reason()
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => Recording.AcquireAsync(AppId, new AcquireRequest("stage", "527841", new AcquireClientRequest(ResourceExpiredHour: 0))));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("2", error.ErrorCode);
        Assert.Equal("Acquire: invalid resourceExpiredHour value!", error.Reason);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4294967296")]
    [InlineData("user-7")]
    public async Task The_recorder_uid_must_be_a_nonzero_32_bit_integer_in_a_string(string uid)
    {
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => Recording.AcquireAsync(AppId, new AcquireRequest("stage", uid, new AcquireClientRequest())));

        Assert.Equal("2", error.ErrorCode);
    }

    [Fact]
    public async Task Start_needs_storage()
    {
        Acquired acquired = await Recording.AcquireAsync(AppId, new AcquireRequest("stage", "527841", new AcquireClientRequest()));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Recording.StartAsync(
            AppId, acquired.ResourceId, RecordingMode.Individual, new StartRecordingRequest("stage", "527841", new StartClientRequest(StorageConfig: null))));

        Assert.Equal("2", error.ErrorCode);
        Assert.Contains("storageConfig", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_with_another_mode_or_sid_finds_nothing()
    {
        (Acquired acquired, RecordingStarted started) = await StartRecordingAsync();

        AgoraApiException wrongMode = await Assert.ThrowsAsync<AgoraApiException>(
            () => Recording.QueryAsync(AppId, acquired.ResourceId, started.Sid, RecordingMode.Individual));
        AgoraApiException wrongSid = await Assert.ThrowsAsync<AgoraApiException>(
            () => Recording.QueryAsync(AppId, acquired.ResourceId, EmulatorAccount.RandomHex(), RecordingMode.Mix));

        Assert.Equal(HttpStatusCode.NotFound, wrongMode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongSid.StatusCode);
    }

    [Fact]
    public async Task Cloud_Recording_takes_HTTP_Basic_only()
    {
        // The client refuses to build: the interface is [BasicAuth]. Over the wire, a token gets the gateway's 401.
        Assert.Throws<ArgumentException>(() => new CloudRecordingApiClient(Http, AgoraCredentials.Token("007" + EmulatorAccount.RandomHex(40))));
        using var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, $"v1/apps/{AppId}/cloud_recording/acquire");
        request.Headers.TryAddWithoutValidation("Authorization", "agora token=007" + EmulatorAccount.RandomHex(40));
        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
