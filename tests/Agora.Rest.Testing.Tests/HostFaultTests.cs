using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// Taking one of Agora's hosts down: a connection-level fault meets the next N connections the hosts handler opens to it,
/// with the exception the real failure gives; a request-level fault meets the next N requests to that host only.
/// </summary>
public sealed class HostFaultTests : EmulatorTest
{
    private const string Primary = "api.agora.io";
    private const string Fallback = "api.sd-rtn.com";

    public HostFaultTests()
        : base(clockStart: null, "Alpha")
    {
    }

    private static EmulatorFault ConnectionFault(HostConnectionOutcome outcome) => outcome switch
    {
        HostConnectionOutcome.NameResolutionFailed => EmulatorFault.NameResolutionFailure(),
        HostConnectionOutcome.Refused => EmulatorFault.ConnectionRefused(),
        HostConnectionOutcome.TlsHandshakeFailed => EmulatorFault.TlsHandshakeFailure(),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>What SocketsHttpHandler reports for each real failure, which the runtime classifies failures by.</summary>
    private static void AssertFailedAs(HostConnectionOutcome outcome, HttpRequestException error)
    {
        switch (outcome)
        {
            case HostConnectionOutcome.NameResolutionFailed:
                Assert.Equal(HttpRequestError.NameResolutionError, error.HttpRequestError);
                Assert.Equal(SocketError.HostNotFound, Assert.IsType<SocketException>(error.InnerException).SocketErrorCode);
                break;
            case HostConnectionOutcome.Refused:
                Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
                Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(error.InnerException).SocketErrorCode);
                break;
            case HostConnectionOutcome.TlsHandshakeFailed:
                Assert.Equal(HttpRequestError.SecureConnectionError, error.HttpRequestError);
                Assert.IsType<AuthenticationException>(error.InnerException);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome));
        }
    }

    private static HttpClient At(HttpMessageHandler hosts, string host) => new(hosts, disposeHandler: false) { BaseAddress = new Uri($"https://{host}/") };

    [Theory]
    [InlineData(HostConnectionOutcome.NameResolutionFailed)]
    [InlineData(HostConnectionOutcome.Refused)]
    [InlineData(HostConnectionOutcome.TlsHandshakeFailed)]
    public async Task A_connection_fault_fails_exactly_the_next_N_connections_as_the_real_failure_would_then_the_host_answers(HostConnectionOutcome outcome)
    {
        using HttpClient http = Emulator.CreateAgoraHostsClient();
        var api = new ProjectApiClient(http, Credentials, SendOnce);
        InjectedFault fault = Emulator.InjectFault(Primary, ConnectionFault(outcome), times: 2);

        for (int i = 0; i < 2; i++)
        {
            AssertFailedAs(outcome, await Assert.ThrowsAsync<HttpRequestException>(() => api.ListProjectsAsync()));
        }

        await fault.Met;
        Assert.Equal(0, fault.Remaining);
        Assert.Single((await api.ListProjectsAsync()).Projects);
        Assert.Equal(
            new[] { new HostConnection(Primary, outcome), new HostConnection(Primary, outcome), new HostConnection(Primary, HostConnectionOutcome.Connected) },
            Emulator.Connections);
        await Emulator.WaitForRequestsAsync(1);
        Assert.Equal(Primary, Assert.Single(Emulator.ReceivedRequests).Host);
    }

    [Theory]
    [InlineData(HostConnectionOutcome.NameResolutionFailed)]
    [InlineData(HostConnectionOutcome.Refused)]
    [InlineData(HostConnectionOutcome.TlsHandshakeFailed)]
    public async Task A_client_that_moves_to_the_next_host_finds_it_answering(HostConnectionOutcome outcome)
    {
        using HttpMessageHandler hosts = Emulator.CreateAgoraHostsHandler();
        Emulator.InjectFault(Primary, ConnectionFault(outcome));
        ProjectList? projects = null;

        // A client's failover, reduced to its loop: each host of the area in turn, until one answers.
        foreach (string host in AgoraDomains.HostsFor(AgoraArea.Global))
        {
            using HttpClient http = At(hosts, host);
            try
            {
                projects = await new ProjectApiClient(http, Credentials, SendOnce).ListProjectsAsync();
                break;
            }
            catch (HttpRequestException error) when (error is not AgoraApiException)
            {
                AssertFailedAs(outcome, error);
            }
        }

        Assert.Single(projects!.Projects);
        Assert.Equal(new[] { new HostConnection(Primary, outcome), new HostConnection(Fallback, HostConnectionOutcome.Connected) }, Emulator.Connections);
        await Emulator.WaitForRequestsAsync(1);
        Assert.Equal(Fallback, Assert.Single(Emulator.ReceivedRequests).Host);
    }

    [Fact]
    public async Task A_connection_fault_meets_the_next_request_even_when_a_connection_to_the_host_is_pooled()
    {
        using HttpClient http = Emulator.CreateAgoraHostsClient();
        var api = new ProjectApiClient(http, Credentials, SendOnce);
        Assert.Single((await api.ListProjectsAsync()).Projects);

        Emulator.InjectFault(Primary, EmulatorFault.ConnectionRefused());

        AssertFailedAs(HostConnectionOutcome.Refused, await Assert.ThrowsAsync<HttpRequestException>(() => api.ListProjectsAsync()));
        Assert.Single((await api.ListProjectsAsync()).Projects);
        Assert.Equal(
            new[] { new HostConnection(Primary, HostConnectionOutcome.Connected), new HostConnection(Primary, HostConnectionOutcome.Refused) },
            Emulator.Connections.Take(2));
    }

    [Fact]
    public async Task A_status_fault_for_one_host_answers_only_that_host_s_requests()
    {
        using HttpMessageHandler hosts = Emulator.CreateAgoraHostsHandler();
        using HttpClient primary = At(hosts, Primary);
        using HttpClient fallback = At(hosts, Fallback);
        InjectedFault fault = Emulator.InjectFault(Primary, EmulatorFault.Status(503));

        Assert.Single((await new ProjectApiClient(fallback, Credentials, SendOnce).ListProjectsAsync()).Projects);
        Assert.Single((await new ProjectApiClient(Http, Credentials, SendOnce).ListProjectsAsync()).Projects);
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => new ProjectApiClient(primary, Credentials, SendOnce).ListProjectsAsync());
        await fault.Met;
        Assert.Single((await new ProjectApiClient(primary, Credentials, SendOnce).ListProjectsAsync()).Projects);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        await Emulator.WaitForRequestsAsync(4);
        Assert.Equal(
            new[] { (Fallback, 200), ("127.0.0.1", 200), (Primary, 503), (Primary, 200) },
            Emulator.ReceivedRequests.Select(r => (r.Host, r.Status)));
        Assert.All(Emulator.Connections, connection => Assert.Equal(HostConnectionOutcome.Connected, connection.Outcome));
    }

    [Fact]
    public async Task A_hang_for_one_host_is_met_and_ends_when_the_caller_cancels()
    {
        using HttpClient http = Emulator.CreateAgoraHostsClient();
        InjectedFault hang = Emulator.InjectFault(Primary, EmulatorFault.Hang());
        using var cancellation = new CancellationTokenSource();

        Task call = new ProjectApiClient(http, Credentials, SendOnce).ListProjectsAsync(cancellation.Token);
        await hang.Met;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await Emulator.WaitForRequestsAsync(1);
        Assert.Equal(Primary, Assert.Single(Emulator.ReceivedRequests).Host);
    }

    [Fact]
    public async Task A_route_fault_meets_requests_under_every_host()
    {
        using HttpClient hosts = Emulator.CreateAgoraHostsClient();
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(503), times: 2);

        await Assert.ThrowsAsync<AgoraApiException>(() => new ProjectApiClient(hosts, Credentials, SendOnce).ListProjectsAsync());
        await Assert.ThrowsAsync<AgoraApiException>(() => new ProjectApiClient(Http, Credentials, SendOnce).ListProjectsAsync());
        Assert.Single((await new ProjectApiClient(hosts, Credentials, SendOnce).ListProjectsAsync()).Projects);

        await Emulator.WaitForRequestsAsync(3);
        Assert.Equal(new[] { (Primary, 503), ("127.0.0.1", 503), (Primary, 200) }, Emulator.ReceivedRequests.Select(r => (r.Host, r.Status)));
    }

    [Fact]
    public async Task Withdrawn_host_faults_meet_nothing_more()
    {
        using HttpMessageHandler hosts = Emulator.CreateAgoraHostsHandler();
        using HttpClient primary = At(hosts, Primary);
        using HttpClient fallback = At(hosts, Fallback);
        InjectedFault refused = Emulator.InjectFault(Primary, EmulatorFault.ConnectionRefused(), times: 3);
        InjectedFault unavailable = Emulator.InjectFault(Fallback, EmulatorFault.Status(503), times: 3);
        await Assert.ThrowsAsync<HttpRequestException>(() => new ProjectApiClient(primary, Credentials, SendOnce).ListProjectsAsync());
        await Assert.ThrowsAsync<AgoraApiException>(() => new ProjectApiClient(fallback, Credentials, SendOnce).ListProjectsAsync());

        refused.Withdraw();
        unavailable.Withdraw();

        Assert.Single((await new ProjectApiClient(primary, Credentials, SendOnce).ListProjectsAsync()).Projects);
        Assert.Single((await new ProjectApiClient(fallback, Credentials, SendOnce).ListProjectsAsync()).Projects);
        Assert.Equal((0, 0), (refused.Remaining, unavailable.Remaining));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => refused.Met);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => unavailable.Met);
        Assert.Equal(
            new[] { HostConnectionOutcome.Refused, HostConnectionOutcome.Connected },
            Emulator.Connections.Where(c => c.Host == Primary).Select(c => c.Outcome));
    }

    [Fact]
    public void Host_faults_are_for_Agora_s_hosts_and_connection_faults_for_hosts_only()
    {
        ArgumentException notAgora = Assert.Throws<ArgumentException>(() => Emulator.InjectFault("api.agora.com", EmulatorFault.Status(503)));
        ArgumentException noPath = Assert.Throws<ArgumentException>(() => Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.ConnectionRefused()));

        Assert.Equal("host", notAgora.ParamName);
        Assert.Equal("fault", noPath.ParamName);
        Assert.Contains("InjectFault(host, fault, times)", noPath.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Emulator.InjectFault(Primary, EmulatorFault.ConnectionRefused(), times: 0));
        Assert.Throws<ArgumentNullException>(() => Emulator.InjectFault(Primary, null!));
        Assert.Null(EmulatorFault.Status(503).ConnectionOutcome);
        Assert.Equal(HostConnectionOutcome.Refused, EmulatorFault.ConnectionRefused().ConnectionOutcome);
    }

    [Fact]
    public async Task A_host_name_matches_whatever_its_case()
    {
        using HttpClient http = Emulator.CreateAgoraHostsClient();
        Emulator.InjectFault("API.Agora.IO", EmulatorFault.NameResolutionFailure());

        AssertFailedAs(HostConnectionOutcome.NameResolutionFailed, await Assert.ThrowsAsync<HttpRequestException>(() => new ProjectApiClient(http, Credentials, SendOnce).ListProjectsAsync()));
        Assert.Equal(new[] { new HostConnection(Primary, HostConnectionOutcome.NameResolutionFailed) }, Emulator.Connections);
    }
}
