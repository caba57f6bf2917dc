using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
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

    // Both HttpClients share one connection pool, so the call after a timeout goes through the pool the timeout left.
    private readonly SocketsHttpHandler _connections = new();
    private ProjectApiClient? _client;

    public ClientFaultToleranceTests()
        : base(clockStart: null, "Alpha")
    {
    }

    // One client for the whole test, with HttpClient's default timeout: the point is that it keeps working after each
    // fault, and no call but the one meant to time out may depend on how fast the machine is.
    private ProjectApiClient Client => _client ??= new ProjectApiClient(OnSharedConnections(Timeout.InfiniteTimeSpan), Credentials);

    private HttpClient OnSharedConnections(TimeSpan timeout)
    {
        var http = new HttpClient(_connections, disposeHandler: false) { BaseAddress = Emulator.BaseAddress };
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            http.Timeout = timeout;
        }

        return http;
    }

    public override async Task DisposeAsync()
    {
        _connections.Dispose();
        await base.DisposeAsync();
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
    public async Task A_connection_cut_after_the_headers_is_an_HttpRequestException_around_the_IOException()
    {
        Exception error = await FailsThenRecoversAsync(EmulatorFault.CutOffBody(200, """{"projects":[{"id":"project-1","name":"Alp"""));

        Assert.IsType<HttpRequestException>(error);
        Assert.IsAssignableFrom<System.IO.IOException>(error.InnerException);
        Assert.Equal(HttpRequestError.ResponseEnded, ((HttpRequestException)error).HttpRequestError);
        Assert.Contains("while the response body was read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_dropped_before_the_headers_is_an_HttpRequestException()
    {
        Exception error = await FailsThenRecoversAsync(EmulatorFault.DropConnection());

        Assert.IsType<HttpRequestException>(error);
    }

    [Fact]
    public async Task An_error_body_cut_short_still_gives_the_status()
    {
        var error = Assert.IsType<AgoraApiException>(await FailsThenRecoversAsync(EmulatorFault.CutOffBody(503, """{"message":"An unexp""")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.IsAssignableFrom<System.IO.IOException>(error.InnerException);
    }

    [Fact]
    public async Task Truncated_JSON_says_the_body_could_not_be_read_as_the_declared_type()
    {
        Exception error = await FailsThenRecoversAsync(EmulatorFault.Status(200, """{"projects":[{"id":"project-1","name":"Alp"""));

        Assert.Contains("ProjectList", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_never_comes_ends_in_the_HttpClient_timeout()
    {
        // The emulator never answers, so the timeout is the only way out however slow the machine: its length only
        // sets how long the test takes.
        InjectedFault hang = Emulator.InjectFault("GET", Projects, EmulatorFault.Hang());
        using HttpClient impatient = OnSharedConnections(TimeSpan.FromMilliseconds(250));

        Exception error = await Assert.ThrowsAnyAsync<Exception>(() => new ProjectApiClient(impatient, Credentials).ListProjectsAsync());

        Assert.IsType<TaskCanceledException>(error);
        Assert.IsType<TimeoutException>(error.InnerException);
        AssertNothingSecretIn(error);
        hang.Withdraw(); // in case the call gave up before its request reached the emulator
        Assert.Single((await Client.ListProjectsAsync()).Projects);
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
