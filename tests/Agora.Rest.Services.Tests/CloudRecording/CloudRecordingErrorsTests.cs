using System;
using System.Net;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.CloudRecording;

public sealed class CloudRecordingErrorsTests
{
    private readonly RecordingIds _ids = new();

    private async Task<AgoraApiException> QueryFailingWith(HttpStatusCode status, string body)
    {
        var handler = new RecordingHandler(body, status);
        var api = new IndividualRecordingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.QueryAsync(_ids.AppId, _ids.ResourceId, _ids.Sid));
        Assert.Single(handler.Requests);
        return error;
    }

    [Fact]
    public async Task A_documented_404_from_query_is_worker_not_found()
    {
        AgoraApiException error = await QueryFailingWith(HttpStatusCode.NotFound, """{"code":404,"reason":"failed to find worker"}""");

        Assert.True(error.IsWorkerNotFound());
        Assert.Equal(CloudRecordingErrorCode.WorkerNotFound, error.CloudRecordingError());
        Assert.False(error.IsAlreadyStarted());
        Assert.False(error.IsNoFileRecorded());
    }

    [Fact]
    public async Task A_404_with_the_message_nested_in_server_response_is_worker_not_found()
    {
        AgoraApiException error = await QueryFailingWith(HttpStatusCode.NotFound, $$"""
            {"cname":"{{_ids.Cname}}","code":404,"resourceId":"{{_ids.ResourceId}}","sid":"{{_ids.Sid}}","uid":"{{_ids.Uid}}",
             "serverResponse":{"command":"StopCloudRecorder","payload":{"message":"failed to find worker"},"subscribeModeBitmask":1,"vid":"1209"} }
            """);

        Assert.True(error.IsWorkerNotFound());
    }

    [Theory]
    [InlineData("""{"reason":"failed to find worker"}""")]
    [InlineData("""{"serverResponse":{"payload":{"message":"Failed to find worker."}}}""")]
    public async Task A_404_naming_the_worker_without_a_code_is_worker_not_found(string body)
    {
        AgoraApiException error = await QueryFailingWith(HttpStatusCode.NotFound, body);

        Assert.True(error.IsWorkerNotFound());
        Assert.Null(error.CloudRecordingError());
    }

    [Fact]
    public async Task The_gateway_404_for_a_wrong_route_is_not_worker_not_found()
    {
        AgoraApiException error = await QueryFailingWith(HttpStatusCode.NotFound, """{"message":"no Route matched with those values"}""");

        Assert.False(error.IsWorkerNotFound());
        Assert.Null(error.CloudRecordingError());
    }

    [Fact]
    public async Task Worker_not_found_needs_http_404()
    {
        AgoraApiException error = await QueryFailingWith(HttpStatusCode.BadRequest, """{"code":62,"reason":"failed to find worker"}""");

        Assert.False(error.IsWorkerNotFound());
        Assert.Equal(CloudRecordingErrorCode.NotEnabledOrTimedOut, error.CloudRecordingError());
    }

    [Fact]
    public async Task A_second_start_is_already_started()
    {
        var handler = new RecordingHandler("""{"code":7,"reason":"already started"}""", HttpStatusCode.BadRequest);
        var api = new MixRecordingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.StartAsync(_ids.AppId, _ids.ResourceId, new MixStartRequest
        {
            Cname = _ids.Cname,
            Uid = _ids.Uid,
            ClientRequest = new MixStartClientRequest
            {
                StorageConfig = new StorageConfig { Vendor = StorageVendor.AmazonS3, Region = 0, Bucket = "b", AccessKey = _ids.AccessKey, SecretKey = _ids.SecretKey },
            },
        }));

        Assert.True(error.IsAlreadyStarted());
        Assert.Equal(CloudRecordingErrorCode.AlreadyStarted, error.CloudRecordingError());
        Assert.False(error.IsWorkerNotFound());
    }

    [Fact]
    public async Task A_stop_with_nothing_recorded_is_no_file_recorded()
    {
        var handler = new RecordingHandler("""{"code":435,"reason":"no recorded file"}""", HttpStatusCode.BadRequest);
        var api = new WebRecordingApiClient(handler.NewHttpClient(), RecordingHandler.NewBasicCredentials());

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.StopAsync(
            _ids.AppId, _ids.ResourceId, _ids.Sid, new StopRecordingRequest { Cname = _ids.Cname, Uid = _ids.Uid, ClientRequest = new() }));

        Assert.True(error.IsNoFileRecorded());
        Assert.False(error.IsAlreadyStarted());
    }

    [Theory]
    [InlineData("2", CloudRecordingErrorCode.InvalidParameter)]
    [InlineData("7", CloudRecordingErrorCode.AlreadyStarted)]
    [InlineData("8", CloudRecordingErrorCode.InvalidHttpRequest)]
    [InlineData("49", CloudRecordingErrorCode.RepeatedStop)]
    [InlineData("50", CloudRecordingErrorCode.UploadTimeout)]
    [InlineData("53", CloudRecordingErrorCode.DuplicateRecording)]
    [InlineData("62", CloudRecordingErrorCode.NotEnabledOrTimedOut)]
    [InlineData("65", CloudRecordingErrorCode.NetworkJitter)]
    [InlineData("109", CloudRecordingErrorCode.TokenExpired)]
    [InlineData("110", CloudRecordingErrorCode.InvalidToken)]
    [InlineData("400", CloudRecordingErrorCode.InvalidAppId)]
    [InlineData("401", CloudRecordingErrorCode.UnsupportedChannelName)]
    [InlineData("404", CloudRecordingErrorCode.WorkerNotFound)]
    [InlineData("405", CloudRecordingErrorCode.AppNotActive)]
    [InlineData("432", CloudRecordingErrorCode.ParameterMismatch)]
    [InlineData("433", CloudRecordingErrorCode.ResourceExpired)]
    [InlineData("435", CloudRecordingErrorCode.NoFileRecorded)]
    [InlineData("501", CloudRecordingErrorCode.Exiting)]
    [InlineData("1001", CloudRecordingErrorCode.InvalidResourceId)]
    [InlineData("1003", CloudRecordingErrorCode.SessionMismatch)]
    [InlineData("1013", CloudRecordingErrorCode.InvalidChannelName)]
    [InlineData("1028", CloudRecordingErrorCode.InvalidLayout)]
    public void Each_documented_code_reads_as_its_member(string code, CloudRecordingErrorCode expected)
    {
        var error = new AgoraApiException("failed", HttpStatusCode.BadRequest, errorCode: code);

        Assert.Equal(expected, error.CloudRecordingError());
        Assert.True(Enum.IsDefined(expected));
    }

    [Fact]
    public void Every_member_is_covered_by_the_theory()
    {
        Assert.Equal(22, Enum.GetValues<CloudRecordingErrorCode>().Length);
    }

    [Fact]
    public void An_undocumented_code_reads_as_its_number()
    {
        var error = new AgoraApiException("failed", HttpStatusCode.InternalServerError, errorCode: "15");

        CloudRecordingErrorCode? code = error.CloudRecordingError();

        Assert.Equal(15, (int)code!.Value);
        Assert.False(Enum.IsDefined(code.Value));
    }

    [Fact]
    public void No_or_non_numeric_code_reads_as_null()
    {
        Assert.Null(new AgoraApiException("failed", HttpStatusCode.BadRequest).CloudRecordingError());
        Assert.Null(new AgoraApiException("failed", HttpStatusCode.BadRequest, errorCode: "invalid_appid").CloudRecordingError());
    }

    [Fact]
    public void The_helpers_reject_null()
    {
        AgoraApiException? missing = null;
        Assert.Throws<ArgumentNullException>(() => missing!.IsWorkerNotFound());
        Assert.Throws<ArgumentNullException>(() => missing!.IsAlreadyStarted());
        Assert.Throws<ArgumentNullException>(() => missing!.IsNoFileRecorded());
        Assert.Throws<ArgumentNullException>(() => missing!.CloudRecordingError());
    }
}
