using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Agora.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace Agora.Rest.Tests.Routing;

/// <summary>
/// The failover rules, on an in-memory stand-in for Agora's hosts and a fake clock: which host each attempt goes to,
/// what is repeated, the waits, the deadline, the messages and the log. The same rules over real sockets are in the
/// emulator's failover wire tests.
/// </summary>
public sealed class FailoverTests
{
    private readonly string _customerId = Guid.NewGuid().ToString("N");
    private readonly string _customerSecret = Guid.NewGuid().ToString("N");
    private readonly CapturingLoggerFactory _logs = new();

    [Fact]
    public async Task A_GET_that_meets_503_goes_to_the_next_region_and_succeeds()
    {
        var hosts = new ScriptedHosts().Status("api-us-west-1.agora.io", 503);

        string answer = await Client(hosts, AgoraArea.UnitedStates).GetAsync();

        Assert.Equal("ok from api-us-east-1.agora.io", answer);
        Assert.Equal(new[] { "api-us-west-1.agora.io", "api-us-east-1.agora.io" }, hosts.HostsTried);
    }

    [Fact]
    public async Task A_POST_that_meets_503_is_not_repeated()
    {
        var hosts = new ScriptedHosts().Status("api.agora.io", 503);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Client(hosts).PostAsync(new Payload("rule", 1)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(new[] { "api.agora.io" }, hosts.HostsTried);
        Assert.Contains("not repeated unless declared [Idempotent]", Assert.Single(_logs.Lines));
    }

    [Fact]
    public async Task An_Idempotent_POST_that_meets_503_is_repeated_with_the_same_body()
    {
        var hosts = new ScriptedHosts().Status("api-eu-west-1.agora.io", 503);

        await Client(hosts, AgoraArea.Europe).IdempotentPostAsync(new Payload("rule", 1));

        Assert.Equal(new[] { "api-eu-west-1.agora.io", "api-eu-central-1.agora.io" }, hosts.HostsTried);
        Assert.Equal(hosts.Requests[0].Body, hosts.Requests[1].Body);
        Assert.Contains("\"rule\"", hosts.Requests[1].Body);
    }

    [Fact]
    public async Task PUT_is_repeatable_by_definition()
    {
        var hosts = new ScriptedHosts().ConnectionLost("api-ap-southeast-1.agora.io");

        await Client(hosts, AgoraArea.AsiaPacific).PutAsync(new Payload("rule", 1));

        Assert.Equal(new[] { "api-ap-southeast-1.agora.io", "api-ap-northeast-1.agora.io" }, hosts.HostsTried);
    }

    [Fact]
    public async Task A_POST_whose_host_name_does_not_resolve_moves_to_the_next_host_whatever_its_method()
    {
        var hosts = new ScriptedHosts().NameNotResolved("api.agora.io");

        string answer = await Client(hosts).PostAsync(new Payload("rule", 1));

        Assert.Equal("ok from api.sd-rtn.com", answer);
        Assert.Equal(new[] { "api.agora.io", "api.sd-rtn.com" }, hosts.HostsTried);
    }

    [Fact]
    public async Task A_POST_refused_skips_the_other_suffix_and_goes_to_the_next_region()
    {
        var hosts = new ScriptedHosts().Refused("api-cn-east-1.sd-rtn.com");

        await Client(hosts, AgoraArea.China).PostAsync(new Payload("rule", 1));

        Assert.Equal(new[] { "api-cn-east-1.sd-rtn.com", "api-cn-north-1.sd-rtn.com" }, hosts.HostsTried);
    }

    [Fact]
    public async Task A_POST_whose_connection_was_lost_after_sending_is_not_repeated_but_a_GET_is()
    {
        var hosts = new ScriptedHosts().ConnectionLost("api.agora.io", times: 2);

        await Assert.ThrowsAsync<HttpRequestException>(() => Client(hosts).PostAsync(new Payload("rule", 1)));
        string answer = await Client(hosts).GetAsync();

        Assert.Equal("ok from api.agora.io", answer); // Global has one region: a non-DNS failure tries the same host again.
        Assert.Equal(new[] { "api.agora.io", "api.agora.io", "api.agora.io" }, hosts.HostsTried);
    }

    [Fact]
    public async Task A_POST_redirected_to_a_host_that_does_not_resolve_is_not_sent_again()
    {
        var hosts = new ScriptedHosts().Redirect("api.agora.io", 303, "https://api.sd-rtn.com/dev/v1/kicking-rule/1").NameNotResolved("api.sd-rtn.com");

        await Assert.ThrowsAsync<HttpRequestException>(() => Client(hosts).PostAsync(new Payload("rule", 1)));

        Assert.Equal(new[] { "api.agora.io", "api.sd-rtn.com" }, hosts.HostsTried); // The server took the POST: it is not sent again.
    }

    [Fact]
    public async Task Options_changed_after_the_client_was_made_do_not_change_it()
    {
        var hosts = new ScriptedHosts().NameNotResolved("api.agora.io");
        AgoraClientOptions options = Options(AgoraArea.Global);
        options.Retry.Delays = new[] { TimeSpan.Zero };
        var client = new FailoverApiClient(new HttpClient(hosts), AgoraCredentials.Basic(_customerId, _customerSecret), options);
        options.Retry.MaxRetryAttempts = 0;
        options.Retry.Delays = Array.Empty<TimeSpan>();

        Assert.Equal("ok from api.sd-rtn.com", await client.GetAsync());
    }

    [Fact]
    public async Task A_stream_body_goes_to_one_host_only()
    {
        var hosts = new ScriptedHosts().NameNotResolved("api.agora.io");

        await Assert.ThrowsAsync<HttpRequestException>(() => Client(hosts).UploadAsync(new MemoryStream(new byte[] { 1, 2, 3 })));

        Assert.Equal(new[] { "api.agora.io" }, hosts.HostsTried);
        Assert.Contains("body is a stream", Assert.Single(_logs.Lines));
    }

    [Fact]
    public async Task A_429_waits_for_its_Retry_After_on_the_same_host_whatever_the_method()
    {
        var clock = new ObservedClock();
        var hosts = new ScriptedHosts().Status("api.agora.io", 429, retryAfter: TimeSpan.FromSeconds(7));
        Task<string> call = Client(hosts, clock: clock, deadline: Timeout.InfiniteTimeSpan).PostAsync(new Payload("rule", 1));

        TimeSpan wait = await clock.NextTimerAsync(due => due > TimeSpan.Zero);
        Assert.False(call.IsCompleted);
        clock.Advance(wait);

        Assert.Equal(TimeSpan.FromSeconds(7), wait);
        Assert.Equal("ok from api.agora.io", await call);
        Assert.Equal(new[] { "api.agora.io", "api.agora.io" }, hosts.HostsTried);
    }

    [Fact]
    public async Task Repeats_wait_1_3_and_6_seconds_and_the_error_names_every_attempt()
    {
        var clock = new ObservedClock();
        var hosts = new ScriptedHosts().Status("api.agora.io", 503, times: 4);
        Task<string> call = Client(hosts, clock: clock, deadline: Timeout.InfiniteTimeSpan, delays: null, jitter: false).GetAsync();

        var waits = new List<TimeSpan>();
        for (int i = 0; i < 3; i++)
        {
            TimeSpan wait = await clock.NextTimerAsync(due => due > TimeSpan.Zero);
            waits.Add(wait);
            clock.Advance(wait);
        }

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => call);
        Assert.Equal(new[] { 1.0, 3.0, 6.0 }, waits.Select(wait => wait.TotalSeconds));
        Assert.Equal(4, hosts.Requests.Count);
        Assert.Contains("Attempts: api.agora.io (HTTP 503), api.agora.io (HTTP 503), api.agora.io (HTTP 503), api.agora.io (HTTP 503).", error.Message);
        Assert.Equal(4, _logs.Lines.Length);
        Assert.Contains("all 4 attempts made", _logs.Lines[^1]);
    }

    [Fact]
    public async Task Jitter_keeps_each_wait_within_a_quarter_of_the_schedule()
    {
        var clock = new ObservedClock();
        var hosts = new ScriptedHosts().Status("api.agora.io", 503, times: 4);
        Task<string> call = Client(hosts, clock: clock, deadline: Timeout.InfiniteTimeSpan, delays: null, jitter: true).GetAsync();

        foreach (double scheduled in new[] { 1.0, 3.0, 6.0 })
        {
            TimeSpan wait = await clock.NextTimerAsync(due => due > TimeSpan.Zero);
            Assert.InRange(wait.TotalSeconds, scheduled * 0.75, scheduled * 1.25);
            clock.Advance(wait);
        }

        await Assert.ThrowsAsync<AgoraApiException>(() => call);
    }

    [Fact]
    public async Task The_deadline_ends_a_call_that_keeps_failing_and_names_the_hosts()
    {
        var clock = new ObservedClock();
        var hosts = new ScriptedHosts().Status("api-eu-west-1.agora.io", 503).Hang("api-eu-central-1.agora.io");
        Task<string> call = Client(hosts, AgoraArea.Europe, clock, deadline: TimeSpan.FromSeconds(10), delays: new[] { TimeSpan.FromSeconds(2) }, jitter: false).GetAsync();

        TimeSpan wait = await clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(2));
        clock.Advance(wait);
        await hosts.WaitForRequestsAsync(2);
        clock.Advance(TimeSpan.FromSeconds(8));

        TaskCanceledException error = await Assert.ThrowsAsync<TaskCanceledException>(() => call);
        TimeoutException timeout = Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("deadline of 10 s", error.Message);
        Assert.Contains("api-eu-west-1.agora.io (HTTP 503), api-eu-central-1.agora.io", error.Message);
        Assert.Equal(new[] { "api-eu-west-1.agora.io", "api-eu-central-1.agora.io" }, hosts.HostsTried);
        Assert.Same(timeout.Message, error.Message);
    }

    [Fact]
    public async Task A_wait_that_would_pass_the_deadline_is_not_started()
    {
        var hosts = new ScriptedHosts().Status("api.agora.io", 503);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => Client(hosts, clock: new ObservedClock(), deadline: TimeSpan.FromSeconds(5), delays: new[] { TimeSpan.FromSeconds(6) }).GetAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(hosts.Requests);
        Assert.Contains("would pass the deadline", Assert.Single(_logs.Lines));
    }

    [Fact]
    public async Task A_first_attempt_that_outlasted_the_deadline_is_not_followed_by_another()
    {
        var clock = new ObservedClock();
        var hosts = new ScriptedHosts().Queue("api.agora.io", 1, (_, _) =>
        {
            clock.Advance(TimeSpan.FromSeconds(31)); // The first attempt runs under HttpClient.Timeout, not the deadline.
            throw new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound));
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => Client(hosts, clock: clock, deadline: TimeSpan.FromSeconds(30)).GetAsync());

        Assert.Single(hosts.Requests);
        Assert.Contains("not repeated: the deadline has passed", Assert.Single(_logs.Lines));
    }

    [Fact]
    public async Task When_every_host_fails_the_exception_says_what_happened_on_each()
    {
        var hosts = new ScriptedHosts().NameNotResolved("api.agora.io", times: 2).NameNotResolved("api.sd-rtn.com", times: 2);

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => Client(hosts).GetAsync());

        if (!LibraryBuild.IsNetStandard)
        {
            Assert.Equal(HttpRequestError.NameResolutionError, error.HttpRequestError);
        }

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(
            "GET /dev/v1/projects failed on every attempt. Attempts: api.agora.io (name not resolved), api.sd-rtn.com (name not resolved), api.agora.io (name not resolved), api.sd-rtn.com (name not resolved).",
            error.Message);
    }

    [Fact]
    public async Task The_envelope_form_returns_the_last_answer()
    {
        var hosts = new ScriptedHosts().Status("api.agora.io", 503, times: 4);

        AgoraResponse<string> response = await Client(hosts).GetEnvelopeAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Attempts: api.agora.io (HTTP 503)", response.Error!.Message);
        Assert.Equal(4, hosts.Requests.Count);
    }

    [Fact]
    public async Task Credentials_go_to_hosts_of_the_pool_only_and_the_log_holds_none()
    {
        var hosts = new ScriptedHosts().NameNotResolved("api-us-west-1.agora.io").Refused("api-us-west-1.sd-rtn.com").Status("api-us-east-1.agora.io", 503);

        await Client(hosts, AgoraArea.UnitedStates).IdempotentPostAsync(new Payload("rule", 1));

        Assert.Equal(new[] { "api-us-west-1.agora.io", "api-us-west-1.sd-rtn.com", "api-us-east-1.agora.io", "api-us-west-1.agora.io" }, hosts.HostsTried);
        Assert.All(hosts.Requests, request => Assert.Contains(request.Host, AgoraDomains.HostsFor(AgoraArea.UnitedStates)));
        Assert.All(hosts.Requests, request => Assert.StartsWith("Basic ", request.Authorization));
        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(_customerId + ":" + _customerSecret));
        Assert.Equal(3, _logs.Lines.Length);
        Assert.All(_logs.Lines, line =>
        {
            Assert.DoesNotContain(_customerSecret, line);
            Assert.DoesNotContain(basic, line);
        });
        Assert.Contains("attempt 1 on api-us-west-1.agora.io failed (name not resolved); trying api-us-west-1.sd-rtn.com in 0 ms", _logs.Lines[0]);
    }

    [Fact]
    public async Task A_base_address_elsewhere_turns_routing_off()
    {
        var hosts = new ScriptedHosts().Status("proxy.example.com", 503);
        var http = new HttpClient(hosts) { BaseAddress = new Uri("https://proxy.example.com/") };
        var client = new FailoverApiClient(http, AgoraCredentials.Basic(_customerId, _customerSecret), Options(AgoraArea.Europe));

        await Assert.ThrowsAsync<AgoraApiException>(() => client.GetAsync());

        Assert.Equal(new[] { "proxy.example.com" }, hosts.HostsTried);
        Assert.Empty(_logs.Lines);
    }

    [Fact]
    public async Task No_repeats_when_MaxRetryAttempts_is_0()
    {
        var hosts = new ScriptedHosts().NameNotResolved("api.agora.io");
        AgoraClientOptions options = Options(AgoraArea.Global);
        options.Retry.MaxRetryAttempts = 0;

        await Assert.ThrowsAsync<HttpRequestException>(() => new FailoverApiClient(new HttpClient(hosts), AgoraCredentials.Basic(_customerId, _customerSecret), options).GetAsync());

        Assert.Single(hosts.Requests);
    }

    [Fact]
    public async Task Cancelling_during_a_wait_ends_the_call_as_cancelled()
    {
        var clock = new ObservedClock();
        var hosts = new ScriptedHosts().Status("api.agora.io", 503);
        using var cancellation = new CancellationTokenSource();
        Task<string> call = Client(hosts, clock: clock, deadline: Timeout.InfiniteTimeSpan, delays: new[] { TimeSpan.FromSeconds(5) }).GetAsync(cancellation.Token);

        await clock.NextTimerAsync(due => due > TimeSpan.Zero);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(hosts.Requests);
    }

    [Theory]
    [InlineData(-1, "MaxRetryAttempts")]
    [InlineData(0, "Deadline")]
    [InlineData(1, "Delays")]
    public void Settings_that_cannot_work_are_refused_when_the_client_is_made(int which, string named)
    {
        AgoraClientOptions options = Options(AgoraArea.Global);
        switch (which)
        {
            case -1: options.Retry.MaxRetryAttempts = -1; break;
            case 0: options.Retry.Deadline = TimeSpan.Zero; break;
            default: options.Retry.Delays = new[] { TimeSpan.FromSeconds(-1) }; break;
        }

        ArgumentException error = Assert.Throws<ArgumentException>(() => new FailoverApiClient(new HttpClient(), AgoraCredentials.Basic(_customerId, _customerSecret), options));

        Assert.Contains("AgoraClientOptions.Retry." + named, error.Message);
    }

    [Fact]
    public void An_undefined_area_is_refused_when_the_client_is_made()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => new FailoverApiClient(new HttpClient(), AgoraCredentials.Basic(_customerId, _customerSecret), new AgoraClientOptions { Area = (AgoraArea)9 }));

        Assert.Contains("not an Agora area", error.Message);
    }

    private FailoverApiClient Client(
        ScriptedHosts hosts, AgoraArea area = AgoraArea.Global, TimeProvider? clock = null, TimeSpan? deadline = null, TimeSpan[]? delays = null, bool jitter = false)
    {
        AgoraClientOptions options = Options(area);
        options.TimeProvider = clock ?? TimeProvider.System;
        options.Retry.Deadline = deadline ?? TimeSpan.FromSeconds(30);
        options.Retry.UseJitter = jitter;
        if (delays is not null || clock is null)
        {
            options.Retry.Delays = delays ?? new[] { TimeSpan.Zero };
        }

        return new FailoverApiClient(new HttpClient(hosts), AgoraCredentials.Basic(_customerId, _customerSecret), options);
    }

    private AgoraClientOptions Options(AgoraArea area) => new() { Area = area, LoggerFactory = _logs };

    private sealed class CapturingLoggerFactory : ILoggerFactory, ILogger
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public string[] Lines => _lines.ToArray();

        public ILogger CreateLogger(string categoryName) =>
            categoryName == "Agora.Rest.Failover" ? this : throw new InvalidOperationException("Unexpected category " + categoryName);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Assert.Equal(LogLevel.Warning, logLevel);
            Assert.Null(exception);
            _lines.Enqueue(formatter(state, exception));
        }
    }
}
