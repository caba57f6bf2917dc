using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>Injected faults hit exactly the next N matching requests; the client sees them as it would in production.</summary>
public sealed class FaultInjectionTests : EmulatorTest
{
    public FaultInjectionTests()
        : base(clockStart: null, "Alpha")
    {
    }

    private ProjectApiClient Client => new(Http, Credentials);

    [Fact]
    public async Task A_status_fault_answers_the_next_N_matching_requests_and_then_the_endpoint_answers_again()
    {
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(503), times: 2);

        for (int i = 0; i < 2; i++)
        {
            AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Client.ListProjectsAsync());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        }

        Assert.Single((await Client.ListProjectsAsync()).Projects);
    }

    [Fact]
    public async Task A_429_carries_Agora_s_text_and_the_Retry_After_the_test_chose()
    {
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(429, retryAfter: TimeSpan.FromSeconds(7)));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Client.ListProjectsAsync());

        Assert.Equal((HttpStatusCode)429, error.StatusCode);
        Assert.Equal("API rate limit exceeded", error.ErrorMessage);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task Faults_match_by_template_and_method_only()
    {
        Emulator.InjectFault("POST", "/dev/v1/projects", EmulatorFault.Status(500));
        Emulator.InjectFault("GET", "/dev/v1/channel/{appid}", EmulatorFault.Status(500));

        Assert.Single((await Client.ListProjectsAsync()).Projects);
        Assert.Equal(200, Assert.Single(Emulator.ReceivedRequests).Status);
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_call_with_HttpRequestException_and_the_next_call_succeeds()
    {
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.DropConnection());

        HttpRequestException error = await Assert.ThrowsAnyAsync<HttpRequestException>(() => Client.ListProjectsAsync());

        Assert.IsNotType<AgoraApiException>(error);
        Assert.Single((await Client.ListProjectsAsync()).Projects);
    }

    [Fact]
    public async Task A_slow_answer_meets_the_caller_s_timeout()
    {
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Slow(TimeSpan.FromSeconds(10)));
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.ListProjectsAsync(timeout.Token));

        // The abandoned request is still in the log, once the emulator has noticed the caller left.
        for (int attempt = 0; attempt < 100 && Emulator.ReceivedRequests.Count == 0; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.Single(Emulator.ReceivedRequests);
    }

    [Fact]
    public void Fault_arguments_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.Status(42));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.Slow(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(500), times: 0));
    }
}
