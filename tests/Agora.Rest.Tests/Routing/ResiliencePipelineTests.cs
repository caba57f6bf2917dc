using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Agora.Rest.Tests.Routing;

/// <summary>
/// Failover with Microsoft.Extensions.Http.Resilience on the same typed client: the pipeline decides whether and when to
/// repeat, Agora's order decides where, and nothing is repeated twice over.
/// </summary>
public sealed class ResiliencePipelineTests
{
    private readonly ScriptedHosts _hosts = new();

    private IHost BuildHost(string area, Action<IHttpClientBuilder>? pipeline)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = Secrets.RandomHex(),
            ["Agora:CustomerSecret"] = Secrets.RandomHex(),
            ["Agora:Area"] = area,
        });
        builder.Services.AddAgoraCredentials(builder.Configuration.GetSection("Agora"));
        IHttpClientBuilder client = builder.Services.AddFailoverApiClient().ConfigurePrimaryHttpMessageHandler(() => _hosts);
        pipeline?.Invoke(client);
        return builder.Build();
    }

    // The standard pipeline with waits of zero, so that the test runs on any clock.
    private static void Standard(IHttpClientBuilder client) =>
        client.AddStandardResilienceHandler(options =>
        {
            options.Retry.Delay = TimeSpan.Zero;
            options.Retry.UseJitter = false;
            options.Retry.MaxRetryAttempts = 3;
        });

    [Fact]
    public async Task With_the_standard_pipeline_every_host_fails_four_times_not_sixteen()
    {
        _hosts.Status("api.agora.io", 503, times: 20);
        using IHost host = BuildHost("Global", Standard);

        await Assert.ThrowsAsync<AgoraApiException>(() => host.Services.GetRequiredService<IFailoverApi>().GetAsync());

        Assert.Equal(4, _hosts.Requests.Count);
    }

    [Fact]
    public async Task The_pipelines_attempts_go_where_Agoras_order_says()
    {
        _hosts.NameNotResolved("api-eu-west-1.agora.io").Refused("api-eu-west-1.sd-rtn.com").Status("api-eu-central-1.agora.io", 503);
        using IHost host = BuildHost("Europe", Standard);

        string answer = await host.Services.GetRequiredService<IFailoverApi>().GetAsync();

        Assert.Equal("ok from api-eu-west-1.agora.io", answer);
        Assert.Equal(new[] { "api-eu-west-1.agora.io", "api-eu-west-1.sd-rtn.com", "api-eu-central-1.agora.io", "api-eu-west-1.agora.io" }, _hosts.HostsTried);
        Assert.All(_hosts.Requests, request => Assert.StartsWith("Basic ", request.Authorization));
    }

    [Fact]
    public async Task A_pipeline_without_a_retry_leaves_the_repeats_to_the_client()
    {
        _hosts.NameNotResolved("api.agora.io");
        using IHost host = BuildHost("Global", client => client.AddResilienceHandler("timeout-only", pipeline => pipeline.AddTimeout(TimeSpan.FromMinutes(1))));

        string answer = await host.Services.GetRequiredService<IFailoverApi>().GetAsync();

        Assert.Equal("ok from api.sd-rtn.com", answer);
        Assert.Equal(new[] { "api.agora.io", "api.sd-rtn.com" }, _hosts.HostsTried);
    }

    [Fact]
    public async Task A_POST_the_pipeline_declines_to_repeat_still_moves_on_when_it_never_reached_a_server()
    {
        _hosts.NameNotResolved("api.agora.io").Status("api.agora.io", 503, times: 4);
        using IHost host = BuildHost("Global", client => client.AddStandardResilienceHandler(options =>
        {
            options.Retry.Delay = TimeSpan.Zero;
            options.Retry.DisableForUnsafeHttpMethods();
        }));
        IFailoverApi api = host.Services.GetRequiredService<IFailoverApi>();

        string answer = await api.PostAsync(new Payload("rule", 1));
        await Assert.ThrowsAsync<AgoraApiException>(() => api.PostAsync(new Payload("rule", 2)));

        Assert.Equal("ok from api.sd-rtn.com", answer);
        Assert.Equal(new[] { "api.agora.io", "api.sd-rtn.com", "api.agora.io" }, _hosts.HostsTried); // The 503 is sent once: neither repeats it.
    }

    [Fact]
    public async Task A_legacy_token_call_the_pipeline_moved_to_another_host_keeps_its_answer()
    {
        _hosts.NameNotResolved("api.agora.io");
        _hosts.AnswerJson = """{"result":"success","request_id":"r","events":[]}""";
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var credentials = AgoraCredentials.Token(new Agora.Rest.Tokens.SignalingTokenProvider(Secrets.RandomHex(), Secrets.RandomHex(), "bot"));
        Standard(builder.Services.AddLegacySignalingApiClient(credentials).ConfigurePrimaryHttpMessageHandler(() => _hosts));
        using IHost host = builder.Build();

        UserEvents events = await host.Services.GetRequiredService<ILegacySignalingApi>().GetUserEventsAsync(Secrets.RandomHex());

        Assert.Equal("success", events.Result);
        Assert.Equal(new[] { "api.agora.io", "api.sd-rtn.com" }, _hosts.HostsTried);
    }

    [Fact]
    public async Task A_pipeline_that_repeats_a_later_attempt_is_not_repeated_over_again()
    {
        // The pipeline repeats 5xx only: it declines the first failure (a name), repeats the copy's 503s, and the client stops.
        _hosts.NameNotResolved("api.agora.io").Status("api.sd-rtn.com", 503, times: 20);
        using IHost host = BuildHost("Global", client => client.AddResilienceHandler("5xx-only", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = TimeSpan.Zero,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response && (int)response.StatusCode >= 500),
        })));

        await Assert.ThrowsAsync<AgoraApiException>(() => host.Services.GetRequiredService<IFailoverApi>().GetAsync());

        Assert.Equal(new[] { "api.agora.io", "api.sd-rtn.com", "api.sd-rtn.com", "api.sd-rtn.com", "api.sd-rtn.com" }, _hosts.HostsTried);
    }

    [Fact]
    public void Handlers_of_both_resilience_packages_are_recognised_by_their_real_names()
    {
        var withPolly = new List<DelegatingHandler> { new Microsoft.Extensions.Http.PolicyHttpMessageHandler() };
        var withoutRetries = new List<DelegatingHandler> { new PassThrough() };

        Infrastructure.AgoraHandlers.RouteRepeatsOfThePipeline(withPolly);
        Infrastructure.AgoraHandlers.RouteRepeatsOfThePipeline(withoutRetries);

        Assert.Equal("PipelineHostRouter", withPolly[^1].GetType().Name);
        Assert.Single(withoutRetries);
    }

    private sealed class PassThrough : DelegatingHandler
    {
    }

    [Fact]
    public async Task Without_a_pipeline_the_client_repeats_on_its_own()
    {
        _hosts.NameNotResolved("api.agora.io");
        using IHost host = BuildHost("Global", pipeline: null);

        string answer = await host.Services.GetRequiredService<IFailoverApi>().GetAsync();

        Assert.Equal("ok from api.sd-rtn.com", answer);
    }
}

