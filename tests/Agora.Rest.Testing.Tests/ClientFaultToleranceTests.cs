using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// Faults on the wire, met by one generated client: each surfaces as a typed exception with a clear message,
/// nothing in it carries the secret or the Basic header, and the next call on the same client succeeds.
/// </summary>
public sealed class ClientFaultToleranceTests : EmulatorTest
{
    private const string Projects = "/dev/v1/projects";

    private ProjectApiClient? _client;

    public ClientFaultToleranceTests()
        : base(clockStart: null, "Alpha")
    {
    }

    // One client for the whole test, on an HttpClient that gives up after three seconds (time enough for a first call
    // on a busy machine): the point is that it keeps working after each fault.
    private ProjectApiClient Client => _client ??= CreateClient();

    private ProjectApiClient CreateClient()
    {
        Http.Timeout = TimeSpan.FromSeconds(3);
        return new ProjectApiClient(Http, Credentials);
    }

    private string BasicHeader => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Account.CustomerId + ":" + Account.CustomerSecret));

    private async Task<Exception> FailsThenRecoversAsync(EmulatorFault fault)
    {
        Emulator.InjectFault("GET", Projects, fault);
        Exception error = await Assert.ThrowsAnyAsync<Exception>(() => Client.ListProjectsAsync());
        AssertNothingSecretIn(error);
        Assert.Single((await Client.ListProjectsAsync()).Projects);
        return error;
    }

    [Fact]
    public async Task A_429_gives_the_status_Agora_s_text_and_Retry_After()
    {
        var error = Assert.IsType<AgoraApiException>(await FailsThenRecoversAsync(EmulatorFault.Status(429, retryAfter: TimeSpan.FromSeconds(3))));

        Assert.Equal((HttpStatusCode)429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
        Assert.Contains("API rate limit exceeded", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_errors_give_the_status_and_the_operation(int status)
    {
        var error = Assert.IsType<AgoraApiException>(await FailsThenRecoversAsync(EmulatorFault.Status(status)));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Contains("GET /dev/v1/projects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_reset_in_the_middle_of_the_body_is_an_HttpRequestException()
    {
        Exception error = await FailsThenRecoversAsync(EmulatorFault.CutOffBody(200, """{"projects":[{"id":"project-1","name":"Alp"""));

        Assert.IsAssignableFrom<HttpRequestException>(error);
        Assert.IsNotType<AgoraApiException>(error);
    }

    [Fact]
    public async Task Truncated_JSON_says_the_body_could_not_be_read_as_the_declared_type()
    {
        Exception error = await FailsThenRecoversAsync(EmulatorFault.Status(200, """{"projects":[{"id":"project-1","name":"Alp"""));

        Assert.Contains("ProjectList", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_headers_end_in_the_HttpClient_timeout()
    {
        Exception error = await FailsThenRecoversAsync(EmulatorFault.Slow(TimeSpan.FromSeconds(20)));

        Assert.IsType<TaskCanceledException>(error);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task A_10_MB_error_body_is_read_only_as_far_as_the_excerpt_needs()
    {
        string huge = "{\"message\":\"" + new string('x', 10 * 1024 * 1024) + "\"}";

        var error = Assert.IsType<AgoraApiException>(await FailsThenRecoversAsync(EmulatorFault.Status(500, huge)));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.True(error.ResponseBodyExcerpt is null || error.ResponseBodyExcerpt.Length <= new AgoraClientOptions().MaxErrorResponseBytes);
        Assert.True(error.Message.Length < 10_000, $"The message is {error.Message.Length} characters long.");
    }

    private void AssertNothingSecretIn(Exception error)
    {
        string[] secrets = { Account.CustomerSecret, BasicHeader, BasicHeader["Basic ".Length..] };
        foreach (string text in ExceptionTexts.Of(error))
        {
            foreach (string secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }
}
