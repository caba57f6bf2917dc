using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Testing;
using Agora.Samples.ConsoleApp;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Samples.Console.Tests;

/// <summary>
/// Every interface the console sample declares, as the sample builds its clients (source-generated JSON), against
/// the emulator: the happy path (CI also runs the sample itself), wrong credentials, injected faults, rate limits.
/// </summary>
public sealed class ConsoleSampleApiTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, 100, TimeSpan.Zero));
    private readonly AgoraEmulatorOptions _account = new() { CustomerId = RandomHex(), CustomerSecret = RandomHex() };
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;

    private string AppId => _account.Apps[0].AppId;

    private static readonly AgoraClientOptions Options = new() { JsonSerializerOptions = SampleJsonContext.Default.Options };

    private static readonly StorageConfig Storage = new(1, 0, "bucket", RandomHex(), RandomHex());

    /// <summary>One call per declared method, named for the test output.</summary>
    public static IEnumerable<object[]> Calls() => new (string Name, Func<HttpClient, AgoraCredentials, string, Task> Call)[]
    {
        ("projects", (http, credentials, appId) => new ProjectApiClient(http, credentials, Options).ListProjectsAsync()),
        ("channels", (http, credentials, appId) => new ChannelApiClient(http, credentials, Options).ListChannelsAsync(appId)),
        ("create kicking rule", (http, credentials, appId) => new KickingRuleApiClient(http, credentials, Options).CreateAsync(new NewKickingRule(appId, "stage", 42, 1, new[] { "join_channel" }))),
        ("list kicking rules", (http, credentials, appId) => new KickingRuleApiClient(http, credentials, Options).ListAsync(appId)),
        ("user events", (http, credentials, appId) => new SignalingApiClient(http, credentials, Options).GetUserEventsAsync(appId)),
        ("peer message", (http, credentials, appId) => new SignalingApiClient(http, credentials, Options).SendPeerMessageAsync(appId, "bot", new PeerMessage("alice", "hi"))),
        ("channel message", (http, credentials, appId) => new SignalingApiClient(http, credentials, Options).SendChannelMessageAsync(appId, "bot", new ChannelMessage("lobby", "hi"))),
        ("acquire", (http, credentials, appId) => new CloudRecordingApiClient(http, credentials, Options).AcquireAsync(appId, new AcquireRequest("stage", "527841", new AcquireOptions(24)))),
    }.Select(call => new object[] { call.Name, call.Call });

    public async Task InitializeAsync()
    {
        _account.TimeProvider = _time;
        _account.Apps.Add(new EmulatedApp(RandomHex(), RandomHex(), "Sample"));
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = new HttpClient { BaseAddress = _emulator.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private AgoraCredentials Credentials => AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret);

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_call_succeeds_with_the_account_s_credentials(string name, Func<HttpClient, AgoraCredentials, string, Task> call)
    {
        _ = name; // names the case in the test output
        await call(_http, Credentials, AppId);

        Assert.Equal(200, Assert.Single(_emulator.ReceivedRequests).Status);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_call_with_a_wrong_secret_gets_Agora_s_401_without_the_secret_in_it(string name, Func<HttpClient, AgoraCredentials, string, Task> call)
    {
        _ = name;
        string wrong = RandomHex();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => call(_http, AgoraCredentials.Basic(_account.CustomerId, wrong), AppId));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Invalid authentication credentials", error.ErrorMessage);
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_call_surfaces_an_injected_server_error_and_the_next_call_succeeds(string name, Func<HttpClient, AgoraCredentials, string, Task> call)
    {
        _ = name;
        await call(_http, Credentials, AppId);
        ReceivedRequest first = Assert.Single(_emulator.ReceivedRequests);
        _emulator.InjectFault(first.Method, first.Path, EmulatorFault.Status(503));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => call(_http, Credentials, AppId));
        await call(_http, Credentials, AppId);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(new[] { 200, 503, 200 }, _emulator.ReceivedRequests.Select(r => r.Status));
    }

    [Fact]
    public async Task The_channel_list_meets_Agora_s_rate_limit_with_a_429_and_Retry_After()
    {
        var limited = new AgoraEmulatorOptions { CustomerId = _account.CustomerId, CustomerSecret = _account.CustomerSecret, TimeProvider = _time, EnforceRateLimits = true };
        limited.Apps.Add(_account.Apps[0]);
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(limited);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var channels = new ChannelApiClient(http, Credentials, Options);
        for (int i = 0; i < 20; i++)
        {
            await channels.ListChannelsAsync(AppId);
        }

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => channels.ListChannelsAsync(AppId));

        Assert.Equal((HttpStatusCode)429, error.StatusCode);
        Assert.Equal("API rate limit exceeded", error.ErrorMessage);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
    }

    private static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
