using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Agora.Rest;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Signaling;
using Agora.Rest.Testing;
using Agora.Rest.Tokens;
using Agora.Samples.ConsoleApp;
using Microsoft.Extensions.Time.Testing;

namespace Agora.Samples.Console.Tests;

/// <summary>
/// Every client the console sample uses, built as the sample builds them (its own project API with its source-generated
/// JSON, the Agora.Rest.Services clients as they come, one HttpClient through the emulator's Agora hosts), against the
/// emulator: the happy path (<see cref="ConsoleSampleRunTests"/> runs the sample itself), wrong credentials, injected
/// faults, rate limits.
/// </summary>
public sealed class ConsoleSampleApiTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, 100, TimeSpan.Zero));
    private readonly AgoraEmulatorOptions _account = new() { CustomerId = RandomHex(), CustomerSecret = RandomHex() };
    private AgoraEmulator _emulator = null!;
    private HttpClient _http = null!;

    private EmulatedApp App => _account.Apps[0];

    private string AppId => App.AppId;

    /// <summary>One call per API the sample calls, named for the test output.</summary>
    public static IEnumerable<object[]> Calls() => new (string Name, Func<SampleClients, EmulatedApp, Task> Call)[]
    {
        ("projects", (clients, app) => clients.Projects.ListProjectsAsync()),
        ("channels", (clients, app) => clients.Channels.ListChannelsAsync(app.AppId)),
        ("create kicking rule", (clients, app) => clients.BanRules.CreateBanRuleAsync(new CreateBanRuleRequest
        {
            AppId = app.AppId, ChannelName = "stage", Uid = 42, Time = 1, Privileges = [BanPrivilege.JoinChannel],
        })),
        ("list kicking rules", (clients, app) => clients.BanRules.ListBanRulesAsync(app.AppId)),
        ("user events", (clients, app) => clients.Signaling.GetUserEventsAsync(app.AppId)),
        ("peer message", (clients, app) => clients.Signaling.SendPeerMessageAsync(app.AppId, "bot", new PeerMessageRequest { Destination = "alice", Payload = "hi" })),
        ("channel message", (clients, app) => clients.Signaling.SendChannelMessageAsync(app.AppId, "bot", new ChannelMessageRequest { ChannelName = "lobby", Payload = "hi" })),
        ("acquire", (clients, app) => clients.Recording.AcquireAsync(app.AppId, new MixAcquireRequest { Cname = "stage", Uid = "527841", ClientRequest = new() { ResourceExpiredHour = 24 } })),
        ("join agent", (clients, app) => clients.ConvoAi.JoinAsync(app.AppId, NewAgent(app, "stage"))),
    }.Select(call => new object[] { call.Name, call.Call });

    public async Task InitializeAsync()
    {
        _account.TimeProvider = _time;
        _account.Apps.Add(new EmulatedApp(RandomHex(), RandomHex(), "Sample"));
        _emulator = await AgoraEmulator.StartAsync(_account);
        _http = _emulator.CreateAgoraHostsClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private AgoraCredentials Credentials => AgoraCredentials.Basic(_account.CustomerId, _account.CustomerSecret);

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_call_succeeds_with_the_account_s_credentials(string name, Func<SampleClients, EmulatedApp, Task> call)
    {
        _ = name; // names the case in the test output
        await call(SampleClients.Create(_http, Credentials), App);

        Assert.Equal(200, Assert.Single(_emulator.ReceivedRequests).Status);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_call_with_a_wrong_secret_gets_Agora_s_401_without_the_secret_in_it(string name, Func<SampleClients, EmulatedApp, Task> call)
    {
        _ = name;
        string wrong = RandomHex();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => call(SampleClients.Create(_http, AgoraCredentials.Basic(_account.CustomerId, wrong)), App));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Invalid authentication credentials", error.ErrorMessage);
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_call_surfaces_an_injected_server_error_and_the_next_call_succeeds(string name, Func<SampleClients, EmulatedApp, Task> call)
    {
        _ = name;
        // Sent once: with the sample's defaults a GET (or acquire, marked [Idempotent]) would be repeated after the 503
        // instead, as the next test shows.
        SampleClients clients = SampleClients.Create(_http, Credentials, sendOnce: true);
        await call(clients, App);
        ReceivedRequest first = Assert.Single(_emulator.ReceivedRequests);
        _emulator.InjectFault(first.Method, first.Path, EmulatorFault.Status(503));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => call(clients, App));
        await call(clients, App);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(new[] { 200, 503, 200 }, _emulator.ReceivedRequests.Select(r => r.Status));
    }

    [Fact]
    public async Task With_the_sample_s_defaults_a_read_that_meets_a_server_error_is_repeated_and_succeeds()
    {
        SampleClients clients = SampleClients.Create(_http, Credentials);
        _emulator.InjectFault("GET", "/dev/v1/channel/{appid}", EmulatorFault.Status(503));

        await clients.Channels.ListChannelsAsync(AppId);

        Assert.Equal(new[] { 503, 200 }, _emulator.ReceivedRequests.Select(r => r.Status));
    }

    [Fact]
    public async Task The_channel_list_meets_Agora_s_rate_limit_with_a_429_and_Retry_After()
    {
        var limited = new AgoraEmulatorOptions { CustomerId = _account.CustomerId, CustomerSecret = _account.CustomerSecret, TimeProvider = _time, EnforceRateLimits = true };
        limited.Apps.Add(_account.Apps[0]);
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(limited);
        using HttpClient http = emulator.CreateAgoraHostsClient();
        // Sent once, so the 429 reaches the caller: with the sample's defaults the client waits for Retry-After and asks again.
        IChannelApi channels = SampleClients.Create(http, Credentials, sendOnce: true).Channels;
        for (int i = 0; i < 20; i++)
        {
            await channels.ListChannelsAsync(AppId);
        }

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => channels.ListChannelsAsync(AppId));

        Assert.Equal((HttpStatusCode)429, error.StatusCode);
        Assert.Equal("API rate limit exceeded", error.ErrorMessage);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
    }

    [Fact]
    public async Task An_agent_joins_runs_until_it_leaves_and_then_reads_as_stopped()
    {
        IConversationalAiApi convoAi = SampleClients.Create(_http, Credentials).ConvoAi;

        AgentInstanceResponse agent = await convoAi.JoinAsync(AppId, NewAgent(App, "stage"));
        AgentStatusResponse running = await convoAi.QueryAsync(AppId, agent.AgentId!);
        await convoAi.LeaveAsync(AppId, agent.AgentId!);
        AgentStatusResponse stopped = await convoAi.QueryAsync(AppId, agent.AgentId!);

        Assert.Equal(AgentStatus.Running, agent.Status);
        Assert.Equal((AgentStatus.Running, agent.AgentId), (running.Status, running.AgentId));
        Assert.Equal(AgentStatus.Stopped, stopped.Status);
        Assert.NotNull(stopped.StopTs);
        Assert.All(_emulator.ReceivedRequests, r => Assert.Equal(("Basic", true, "api.agora.io"), (r.Authentication, r.Authenticated, r.Host)));
    }

    [Fact]
    public async Task An_agent_that_has_left_cannot_leave_again()
    {
        IConversationalAiApi convoAi = SampleClients.Create(_http, Credentials).ConvoAi;
        AgentInstanceResponse agent = await convoAi.JoinAsync(AppId, NewAgent(App, "stage"));
        await convoAi.LeaveAsync(AppId, agent.AgentId!);

        AgoraApiException again = await Assert.ThrowsAsync<AgoraApiException>(() => convoAi.LeaveAsync(AppId, agent.AgentId!));

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("AgentNotFound", again.Reason);
    }

    // An agent as the sample starts one: what Agora requires (a new name, the channel, an RTC token for the agent's uid,
    // the user it talks with) and an LLM and a text-to-speech vendor.
    private static JoinAgentRequest NewAgent(EmulatedApp app, string channel) => new()
    {
        Name = "sample-agent-" + RandomHex()[..8],
        Properties = new AgentProperties
        {
            Channel = channel,
            Token = RtcTokenBuilder2.BuildTokenWithUid(app.AppId, app.Certificate, channel, 1001, RtcTokenRole.Publisher, tokenExpire: 3600, privilegeExpire: 3600),
            AgentRtcUid = "1001",
            RemoteRtcUids = ["100"],
            Llm = new LlmConfig { Url = "https://llm.example.com/v1/chat/completions", ApiKey = RandomHex(), SystemMessages = [LlmMessage.Create("system", "Be brief.")] },
            Tts = new TtsConfig
            {
                Vendor = TtsVendor.Microsoft,
                Params = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["key"] = RandomHex(), ["region"] = "eastus" }, SampleJsonContext.Default.DictionaryStringString),
            },
        },
    };

    private static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>The clients the sample makes, on one HttpClient.</summary>
    public sealed record SampleClients(
        IProjectApi Projects, IChannelApi Channels, IBanRuleApi BanRules, ISignalingApi Signaling, IMixRecordingApi Recording, IConversationalAiApi ConvoAi)
    {
        /// <param name="http">The HttpClient every client shares.</param>
        /// <param name="credentials">The account's credentials.</param>
        /// <param name="sendOnce">Turns off repeats and failover, which the sample leaves at their defaults.</param>
        public static SampleClients Create(HttpClient http, AgoraCredentials credentials, bool sendOnce = false)
        {
            // The sample's own API gets the sample's JSON context; the services' clients have their own context and take
            // options only for what is not JSON (here, to be sent once).
            var projectOptions = new AgoraClientOptions { JsonSerializerOptions = SampleJsonContext.Default.Options };
            var serviceOptions = new AgoraClientOptions();
            if (sendOnce)
            {
                projectOptions.Retry.MaxRetryAttempts = 0;
                serviceOptions.Retry.MaxRetryAttempts = 0;
            }

            return new SampleClients(
                new ProjectApiClient(http, credentials, projectOptions),
                new ChannelApiClient(http, credentials, serviceOptions),
                new BanRuleApiClient(http, credentials, serviceOptions),
                new SignalingApiClient(http, credentials, serviceOptions),
                new MixRecordingApiClient(http, credentials, serviceOptions),
                new ConversationalAiApiClient(http, credentials, serviceOptions));
        }
    }
}
