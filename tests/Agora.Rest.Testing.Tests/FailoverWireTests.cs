using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Agora.Tests.Shared;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// Failover over real sockets: generated clients calling Agora's hosts through the emulator's hosts handler (TLS,
/// a certificate made for the emulator), with hosts taken down by real name, connection and handshake failures.
/// The rules in detail, on a fake network and clock: Agora.Rest.Tests' FailoverTests.
/// </summary>
public sealed class FailoverWireTests : EmulatorTest
{
    private HttpClient _hosts = null!;

    public FailoverWireTests()
        : base(clockStart: null, "Alpha")
    {
    }

    private string AppId => Account.Apps[0].AppId;

    public override async Task DisposeAsync()
    {
        _hosts?.Dispose();
        await base.DisposeAsync();
    }

    // Waits of zero: these tests are about where attempts go; the waits are the unit tests' (on a fake clock).
    private static AgoraClientOptions Options(AgoraArea area) => new() { Area = area, Retry = { Delays = new[] { TimeSpan.Zero } } };

    private HttpClient Hosts => _hosts ??= Emulator.CreateAgoraHostsClient();

    private ProjectApiClient Projects(AgoraArea area, AgoraClientOptions? options = null) => new ProjectApiClient(Hosts, Credentials, options ?? Options(area));

    private static EmulatorFault Fault(HostConnectionOutcome outcome) => outcome switch
    {
        HostConnectionOutcome.NameResolutionFailed => EmulatorFault.NameResolutionFailure(),
        HostConnectionOutcome.Refused => EmulatorFault.ConnectionRefused(),
        HostConnectionOutcome.TlsHandshakeFailed => EmulatorFault.TlsHandshakeFailure(),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static TheoryData<AgoraArea, HostConnectionOutcome, int> EveryAreaAndFailure()
    {
        var data = new TheoryData<AgoraArea, HostConnectionOutcome, int>();
        foreach (AgoraArea area in AgoraDomains.Areas)
        {
            // A name that does not resolve moves to the next host; a refusal or a failed handshake to the next region
            // (in Global, with one region, the same host again).
            data.Add(area, HostConnectionOutcome.NameResolutionFailed, 1);
            data.Add(area, HostConnectionOutcome.Refused, area == AgoraArea.Global ? 0 : 2);
            data.Add(area, HostConnectionOutcome.TlsHandshakeFailed, area == AgoraArea.Global ? 0 : 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAreaAndFailure))]
    public async Task Each_area_tries_its_hosts_in_Agoras_order_for_each_kind_of_failure(AgoraArea area, HostConnectionOutcome failure, int expectedNext)
    {
        IReadOnlyList<string> hosts = AgoraDomains.HostsFor(area);
        Emulator.InjectFault(hosts[0], Fault(failure));

        ProjectList answer = await Projects(area).ListProjectsAsync();

        Assert.Single(answer.Projects);
        Assert.Equal(new[] { new HostConnection(hosts[0], failure), new HostConnection(hosts[expectedNext], HostConnectionOutcome.Connected) }, Emulator.Connections);
        Assert.Equal(hosts[expectedNext], Assert.Single(Emulator.ReceivedRequests).Host);
    }

    [Fact]
    public async Task When_every_host_is_down_the_exception_names_each_and_what_happened()
    {
        Emulator.InjectFault("api-eu-west-1.agora.io", EmulatorFault.NameResolutionFailure(), times: 10);
        Emulator.InjectFault("api-eu-west-1.sd-rtn.com", EmulatorFault.ConnectionRefused(), times: 10);
        Emulator.InjectFault("api-eu-central-1.agora.io", EmulatorFault.TlsHandshakeFailure(), times: 10);

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => Projects(AgoraArea.Europe).ListProjectsAsync());

        Assert.Equal(
            "GET /dev/v1/projects failed on every attempt. Attempts: api-eu-west-1.agora.io (name not resolved), api-eu-west-1.sd-rtn.com (connection failed), " +
            "api-eu-central-1.agora.io (TLS handshake failed), api-eu-west-1.agora.io (name not resolved).",
            error.Message);
        Assert.Equal(HttpRequestError.NameResolutionError, error.HttpRequestError);
        Assert.Empty(Emulator.ReceivedRequests);
        Assert.DoesNotContain(Account.CustomerSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GET_that_meets_503_goes_to_the_next_region()
    {
        Emulator.InjectFault("api-us-west-1.agora.io", EmulatorFault.Status(503));

        await Projects(AgoraArea.UnitedStates).ListProjectsAsync();

        Assert.Equal(
            new[] { ("api-us-west-1.agora.io", 503), ("api-us-east-1.agora.io", 200) },
            Emulator.ReceivedRequests.Select(request => (request.Host, request.Status)));
    }

    [Fact]
    public async Task A_POST_that_meets_503_is_not_repeated_but_an_Idempotent_one_is()
    {
        Emulator.InjectFault("api-ap-southeast-1.agora.io", EmulatorFault.Status(503), times: 2);
        var rule = new NewRule(AppId, "room", 42, 10, new[] { "join_channel" });

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => new KickingRuleApiClient(Hosts, Credentials, Options(AgoraArea.AsiaPacific)).CreateAsync(rule));
        RuleCreated created = await new RepeatableKickingRuleApiClient(Hosts, Credentials, Options(AgoraArea.AsiaPacific)).CreateAsync(rule);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("success", created.Status);
        Assert.Equal(
            new[] { ("api-ap-southeast-1.agora.io", 503), ("api-ap-southeast-1.agora.io", 503), ("api-ap-northeast-1.agora.io", 200) },
            Emulator.ReceivedRequests.Select(request => (request.Host, request.Status)));
    }

    [Fact]
    public async Task A_POST_whose_host_does_not_resolve_moves_on_whatever_its_method()
    {
        Emulator.InjectFault("api-cn-east-1.sd-rtn.com", EmulatorFault.NameResolutionFailure());

        RuleCreated created = await new KickingRuleApiClient(Hosts, Credentials, Options(AgoraArea.China))
            .CreateAsync(new NewRule(AppId, "room", 42, 10, new[] { "join_channel" }));

        Assert.Equal("success", created.Status);
        Assert.Equal("api-cn-east-1.agora.io", Assert.Single(Emulator.ReceivedRequests).Host);
    }

    [Fact]
    public async Task A_429_waits_for_its_Retry_After_then_succeeds_on_the_same_host()
    {
        var clock = new ObservedClock();
        AgoraClientOptions options = Options(AgoraArea.Global);
        options.TimeProvider = clock;
        Emulator.InjectFault("api.agora.io", EmulatorFault.Status(429, retryAfter: TimeSpan.FromSeconds(7)));

        Task<ProjectList> call = Projects(AgoraArea.Global, options).ListProjectsAsync();
        TimeSpan wait = await clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(7));
        Assert.False(call.IsCompleted);
        clock.Advance(wait);
        await call;

        Assert.Equal(new[] { ("api.agora.io", 429), ("api.agora.io", 200) }, Emulator.ReceivedRequests.Select(request => (request.Host, request.Status)));
    }

    [Fact]
    public async Task The_deadline_ends_a_call_that_keeps_failing_naming_the_hosts()
    {
        var clock = new FakeTimeProvider();
        AgoraClientOptions options = Options(AgoraArea.Europe);
        options.TimeProvider = clock;
        options.Retry.Deadline = TimeSpan.FromSeconds(10);
        Emulator.InjectFault("api-eu-west-1.agora.io", EmulatorFault.Status(503));
        InjectedFault hang = Emulator.InjectFault("api-eu-central-1.agora.io", EmulatorFault.Hang());

        Task<ProjectList> call = Projects(AgoraArea.Europe, options).ListProjectsAsync();
        await hang.Met;
        clock.Advance(TimeSpan.FromSeconds(10));

        TaskCanceledException error = await Assert.ThrowsAsync<TaskCanceledException>(() => call);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("deadline of 10 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("api-eu-west-1.agora.io (HTTP 503), api-eu-central-1.agora.io", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credentials_reach_hosts_of_the_pool_only()
    {
        Emulator.InjectFault("api-us-west-1.agora.io", EmulatorFault.NameResolutionFailure());
        Emulator.InjectFault("api-us-west-1.sd-rtn.com", EmulatorFault.ConnectionRefused());
        Emulator.InjectFault("api-us-east-1.agora.io", EmulatorFault.Status(503));

        await new RepeatableKickingRuleApiClient(Hosts, Credentials, Options(AgoraArea.UnitedStates))
            .CreateAsync(new NewRule(AppId, "room", 42, 10, new[] { "join_channel" }));

        Assert.Equal(new[] { "api-us-east-1.agora.io", "api-us-west-1.agora.io" }, Emulator.ReceivedRequests.Select(request => request.Host));
        Assert.All(Emulator.ReceivedRequests, request => Assert.True(request.Authenticated));
        Assert.All(Emulator.Connections, connection => Assert.Contains(connection.Host, AgoraDomains.HostsFor(AgoraArea.UnitedStates)));
    }

    [Fact]
    public async Task An_explicit_base_address_turns_routing_off()
    {
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(503));

        await Assert.ThrowsAsync<AgoraApiException>(() => new ProjectApiClient(Http, Credentials, Options(AgoraArea.Europe)).ListProjectsAsync());

        Assert.Equal("127.0.0.1", Assert.Single(Emulator.ReceivedRequests).Host);
    }

    [Theory]
    [InlineData("EU", "api-eu-west-1.agora.io")]
    [InlineData("China", "api-cn-east-1.sd-rtn.com")]
    public async Task Agora_Area_from_configuration_picks_the_hosts_of_a_typed_client(string area, string expectedHost)
    {
        using IHost host = BuildHost(area, pipeline: null);
        await host.StartAsync();

        await host.Services.GetRequiredService<IProjectApi>().ListProjectsAsync();

        Assert.Equal(expectedHost, Assert.Single(Emulator.ReceivedRequests).Host);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_unknown_Agora_Area_stops_the_host_at_start()
    {
        using IHost host = BuildHost("Atlantis", pipeline: null);

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Agora:Area is 'Atlantis', which is not an Agora area", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_standard_resilience_pipeline_its_attempts_follow_Agoras_order_and_nothing_repeats_twice()
    {
        Emulator.InjectFault("api-eu-west-1.agora.io", EmulatorFault.NameResolutionFailure(), times: 10);
        Emulator.InjectFault("api-eu-west-1.sd-rtn.com", EmulatorFault.Status(503), times: 10);
        Emulator.InjectFault("api-eu-central-1.agora.io", EmulatorFault.Status(503), times: 10);
        using IHost host = BuildHost("Europe", client => client.AddStandardResilienceHandler(options =>
        {
            options.Retry.Delay = TimeSpan.Zero;
            options.Retry.MaxRetryAttempts = 3;
        }));
        await host.StartAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => host.Services.GetRequiredService<IProjectApi>().ListProjectsAsync());

        // The pipeline's four attempts, not sixteen: a name that does not resolve moves to the other suffix, a 503 to the
        // next region, and round again.
        Assert.Equal(
            new[] { "api-eu-west-1.sd-rtn.com", "api-eu-central-1.agora.io" },
            Emulator.ReceivedRequests.Select(request => request.Host));
        Assert.Equal(
            new[] { "api-eu-west-1.agora.io", "api-eu-west-1.sd-rtn.com", "api-eu-central-1.agora.io", "api-eu-west-1.agora.io" },
            Emulator.Connections.Select(connection => connection.Host));
        await host.StopAsync();
    }

    private IHost BuildHost(string area, Action<IHttpClientBuilder>? pipeline)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = Account.CustomerId,
            ["Agora:CustomerSecret"] = Account.CustomerSecret,
            ["Agora:Area"] = area,
        });
        builder.Services.AddAgoraCredentials(builder.Configuration.GetSection("Agora"));
        IHttpClientBuilder client = builder.Services.AddProjectApiClient().ConfigurePrimaryHttpMessageHandler(() => Emulator.CreateAgoraHostsHandler());
        pipeline?.Invoke(client);
        return builder.Build();
    }
}
