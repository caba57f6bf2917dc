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
    public async Task An_answer_that_never_comes_ends_when_the_caller_cancels_and_is_still_logged()
    {
        InjectedFault hang = Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Hang());
        using var cancellation = new System.Threading.CancellationTokenSource();

        Task call = Client.ListProjectsAsync(cancellation.Token);
        await hang.Met;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        // The abandoned request is logged once the emulator notices the caller left.
        await Emulator.WaitForRequestsAsync(1);
        Assert.Single(Emulator.ReceivedRequests);
        Assert.Equal(0, hang.Remaining);
    }

    [Fact]
    public async Task A_withdrawn_fault_meets_no_request()
    {
        InjectedFault fault = Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(503), times: 2);

        fault.Withdraw();

        Assert.Single((await Client.ListProjectsAsync()).Projects);
        Assert.Equal(0, fault.Remaining);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fault.Met);
    }

    [Fact]
    public async Task A_fault_is_met_once_every_request_it_was_injected_for_has_met_it()
    {
        InjectedFault fault = Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(503), times: 2);

        await Assert.ThrowsAsync<AgoraApiException>(() => Client.ListProjectsAsync());
        Assert.False(fault.Met.IsCompleted);
        await Assert.ThrowsAsync<AgoraApiException>(() => Client.ListProjectsAsync());

        await fault.Met;
        Assert.Single((await Client.ListProjectsAsync()).Projects);
    }

    [Fact]
    public void Fault_arguments_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.Status(42));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.Slow(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(500), times: 0));
    }
}
