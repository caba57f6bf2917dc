using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// The retry pipeline docs/resilience.md documents, on generated typed clients from IHttpClientFactory, against
/// the emulator's injected faults: 429 and 5xx retried (waiting as long as Retry-After says), POST and PATCH never
/// repeated unless the method is declared [Idempotent], client errors never retried.
/// </summary>
public sealed class ResilienceTests : EmulatorTest
{
    public ResilienceTests()
        : base(clockStart: null, "Alpha")
    {
    }

    private string AppId => Account.Apps[0].AppId;

    private T Resolve<T>(Func<IServiceCollection, IHttpClientBuilder> register)
        where T : notnull
    {
        var services = new ServiceCollection();
        services.AddSingleton(Credentials);
        register(services)
            .ConfigureHttpClient(http => http.BaseAddress = Emulator.BaseAddress)
            .AddAgoraRetries(baseDelay: TimeSpan.FromMilliseconds(20));
        return DisposeAfterTest(services.BuildServiceProvider()).GetRequiredService<T>();
    }

    private int[] Statuses => Emulator.ReceivedRequests.Select(r => r.Status).ToArray();

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_its_Retry_After()
    {
        IProjectApi api = Resolve<IProjectApi>(services => services.AddProjectApiClient());
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(429, retryAfter: TimeSpan.FromSeconds(1)));

        var clock = Stopwatch.StartNew();
        ProjectList projects = await api.ListProjectsAsync();
        clock.Stop();

        Assert.Single(projects.Projects);
        Assert.Equal(new[] { 429, 200 }, Statuses);
        // The pipeline's own delay is 20 ms; only Retry-After explains a wait this long.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_errors_on_a_GET_are_retried_until_it_succeeds(int status)
    {
        IChannelApi api = Resolve<IChannelApi>(services => services.AddChannelApiClient());
        Emulator.InjectFault("GET", "/dev/v1/channel/{appid}", EmulatorFault.Status(status), times: 2);

        ChannelListAnswer channels = await api.ListAsync(AppId);

        Assert.True(channels.Success);
        Assert.Equal(new[] { status, status, 200 }, Statuses);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_GET_is_retried()
    {
        IProjectApi api = Resolve<IProjectApi>(services => services.AddProjectApiClient());
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.DropConnection());

        Assert.Single((await api.ListProjectsAsync()).Projects);
        Assert.Equal(2, Emulator.ReceivedRequests.Count);
    }

    [Fact]
    public async Task Retries_stop_after_three_and_the_last_answer_surfaces()
    {
        IProjectApi api = Resolve<IProjectApi>(services => services.AddProjectApiClient());
        Emulator.InjectFault("GET", "/dev/v1/projects", EmulatorFault.Status(503), times: 10);

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.ListProjectsAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(new[] { 503, 503, 503, 503 }, Statuses);
    }

    [Fact]
    public async Task A_POST_is_never_repeated_so_nothing_is_created_twice()
    {
        IKickingRuleApi api = Resolve<IKickingRuleApi>(services => services.AddKickingRuleApiClient());
        Emulator.InjectFault("POST", "/dev/v1/kicking-rule", EmulatorFault.Status(503));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => api.CreateAsync(new NewRule(AppId, "room", 42, 10, new[] { "join_channel" })));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(new[] { 503 }, Statuses);
    }

    [Fact]
    public async Task A_POST_declared_Idempotent_is_repeated()
    {
        IRepeatableKickingRuleApi api = Resolve<IRepeatableKickingRuleApi>(services => services.AddRepeatableKickingRuleApiClient());
        Emulator.InjectFault("POST", "/dev/v1/kicking-rule", EmulatorFault.Status(503));

        RuleCreated created = await api.CreateAsync(new NewRule(AppId, "room", 42, 10, new[] { "join_channel" }));

        Assert.Equal("success", created.Status);
        Assert.Equal(new[] { 503, 200 }, Statuses);
    }

    [Fact]
    public async Task A_PUT_is_repeatable_by_definition()
    {
        IKickingRuleApi api = Resolve<IKickingRuleApi>(services => services.AddKickingRuleApiClient());
        RuleCreated created = await api.CreateAsync(new NewRule(AppId, "room", 42, 10, new[] { "join_channel" }));
        Emulator.InjectFault("PUT", "/dev/v1/kicking-rule", EmulatorFault.Status(502));

        RuleUpdated updated = await api.ExtendAsync(new RuleExtension(AppId, created.Id, 20));

        Assert.Equal(created.Id, updated.Result.Id);
        Assert.Equal(new[] { 200, 502, 200 }, Statuses);
    }

    [Fact]
    public async Task Wrong_credentials_are_not_retried()
    {
        var services = new ServiceCollection();
        services.AddProjectApiClient(AgoraCredentials.Basic(EmulatorAccount.RandomHex(), EmulatorAccount.RandomHex()))
            .ConfigureHttpClient(http => http.BaseAddress = Emulator.BaseAddress)
            .AddAgoraRetries(baseDelay: TimeSpan.FromMilliseconds(20));
        await using ServiceProvider provider = services.BuildServiceProvider();

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(
            () => provider.GetRequiredService<IProjectApi>().ListProjectsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(new[] { 401 }, Statuses);
    }
}
