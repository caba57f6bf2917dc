using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Wire;

/// <summary>How each declared return type maps the response, including Agora's error shapes.</summary>
public sealed class ResponseWireTests : IAsyncLifetime
{
    private RecordingServer _server = null!;
    private FeatureApiClient _api = null!;
    private string _secret = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _secret = Secrets.RandomHex();
        _api = new FeatureApiClient(_server.CreateHttpClient(), AgoraCredentials.Basic(Secrets.RandomHex(), _secret));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Bytes_stream_and_text_read_the_body()
    {
        _server.Respond(new PlannedResponse(200, "h\u00e9", "text/plain; charset=utf-8"));

        byte[] bytes = await _api.BytesAsync();
        await using Stream stream = await _api.StreamAsync();
        using var reader = new StreamReader(stream);
        AgoraResponse<string> text = await _api.TextEnvelopeAsync();

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("h\u00e9"), bytes);
        Assert.Equal("h\u00e9", await reader.ReadToEndAsync());
        Assert.Equal("h\u00e9", text.Value);
    }

    [Fact]
    public async Task HttpResponseMessage_is_returned_without_a_status_check()
    {
        _server.Respond(PlannedResponse.Json("""{"message":"no Route matched with those values"}""", 404));

        using HttpResponseMessage response = await _api.RawAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no Route matched", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgoraResponse_returns_value_on_success_and_error_on_failure_without_throwing()
    {
        _server.Respond(new PlannedResponse(200, """{"name":"a","count":1}""", Headers: new Dictionary<string, string> { ["X-Request-ID"] = "rid-1" }));
        AgoraResponse<Payload> ok = await _api.EnvelopeAsync();

        _server.Respond(PlannedResponse.Json("""{"code":2,"reason":"Acquire: invalid resourceExpiredHour value!"}""", 400));
        AgoraResponse<Payload> failed = await _api.EnvelopeAsync();

        Assert.True(ok.IsSuccessStatusCode);
        Assert.Equal(new Payload("a", 1), ok.Value);
        Assert.Null(ok.Error);
        Assert.Equal("rid-1", Assert.Single(ok.Headers.GetValues("X-Request-ID")));

        Assert.False(failed.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        Assert.Null(failed.Value);
        Assert.Equal("2", failed.Error!.ErrorCode);
        Assert.Equal("Acquire: invalid resourceExpiredHour value!", failed.Error.Reason);
        Assert.Throws<AgoraApiException>(() => failed.GetValueOrThrow());
    }

    [Fact]
    public async Task Empty_and_no_content_responses_give_default_values()
    {
        _server.Respond(new PlannedResponse(204));
        Payload? none = await _api.MaybeAsync(CancellationToken.None);
        await _api.EmptyAsync();

        Assert.Null(none);
    }

    [Theory]
    [InlineData(401, """{"message":"Invalid authentication credentials"}""", "Invalid authentication credentials", null, null)]
    [InlineData(400, """{"code":7,"reason":"recording is already running"}""", null, "7", "recording is already running")]
    [InlineData(403, """{"errorCode":"403","reason":"history not enabled"}""", null, "403", "history not enabled")]
    [InlineData(422, """{"detail":"bad agent","reason":"InvalidRequest"}""", "bad agent", null, "InvalidRequest")]
    [InlineData(500, "<html>oops</html>", null, null, null)]
    public async Task Failures_throw_AgoraApiException_with_every_documented_error_shape(
        int status, string body, string? message, string? code, string? reason)
    {
        _server.Respond(new PlannedResponse(status, body));

        var error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.JsonBodyAsync(new Payload("x", 1)));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        // HttpRequestException has no StatusCode in netstandard2.0, so that build cannot set the base property.
        Assert.Equal(LibraryBuild.IsNetStandard ? null : (HttpStatusCode)status, ((HttpRequestException)error).StatusCode);
        Assert.Equal(message, error.ErrorMessage);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(body, error.ResponseBodyExcerpt);
        Assert.Equal("POST /json", error.Operation);
        Assert.StartsWith($"POST /json failed with HTTP {status}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_id_and_retry_after_are_parsed()
    {
        _server.Respond(new PlannedResponse(429, """{"message":"API rate limit exceeded"}""",
            Headers: new Dictionary<string, string> { ["X-Request-ID"] = "abc-123", ["Retry-After"] = "3" }));

        var error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.HeadersAsync(null));

        Assert.Equal("abc-123", error.RequestId);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
        Assert.Contains("retry after 3 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("Request ID: abc-123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_id_falls_back_to_the_body()
    {
        _server.Respond(PlannedResponse.Json("""{"result":"failed","request_id":"body-id","errorCode":"x"}""", 400));

        var error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.HeadersAsync(null));

        Assert.Equal("body-id", error.RequestId);
    }

    [Fact]
    public async Task The_body_excerpt_is_bounded_and_scrubbed_of_the_secret_the_server_echoed()
    {
        string body = "{\"message\":\"bad secret " + _secret + "\",\"padding\":\"" + new string('x', 5000) + "\"}";
        _server.Respond(new PlannedResponse(401, body));

        var error = await Assert.ThrowsAsync<AgoraApiException>(() => _api.HeadersAsync(null));

        Assert.Equal(1024, error.ResponseBodyExcerpt!.Length);
        Assert.DoesNotContain(_secret, error.ResponseBodyExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(_secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_secret, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("<redacted>", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Customer ID and Customer Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_on_success_is_a_clear_AgoraApiException()
    {
        _server.Respond(PlannedResponse.Json("""{"name":"trunc"""));

        var error = await Assert.ThrowsAsync<AgoraApiException>(async () => await _api.MaybeAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("could not be read as Payload", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task The_cancellation_token_reaches_the_send()
    {
        // The server never answers, so only the cancellation can end the call, however slow the machine.
        _server.Respond(new PlannedResponse(200, "{}", Delay: Timeout.InfiniteTimeSpan));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _api.MaybeAsync(cancellation.Token));
    }
}
