using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// With <see cref="AgoraEmulatorOptions.EnforceRateLimits"/> on, Agora's documented quotas per one-second window of
/// the emulator's clock; the fake clock starts mid-second and only moves when a test moves it.
/// </summary>
public sealed class RateLimitTests : EmulatorTest
{
    public RateLimitTests()
        : base(new DateTimeOffset(2026, 11, 29, 8, 0, 0, 250, TimeSpan.Zero), "Alpha", "Beta")
    {
        Account.EnforceRateLimits = true;
    }

    private ProjectApiClient Projects => new(Http, Credentials);

    private ChannelApiClient Channels => new(Http, Credentials);

    private string Alpha => Account.Apps[0].AppId;

    private string Beta => Account.Apps[1].AppId;

    [Fact]
    public async Task The_eleventh_project_list_in_a_second_gets_Agora_s_429_and_the_next_second_is_free_again()
    {
        for (int i = 0; i < 10; i++)
        {
            await Projects.ListProjectsAsync();
        }

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Projects.ListProjectsAsync());

        Assert.Equal((HttpStatusCode)429, error.StatusCode);
        Assert.Equal("API rate limit exceeded", error.ErrorMessage);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);

        Time.Advance(TimeSpan.FromMilliseconds(750));
        Assert.Equal(2, (await Projects.ListProjectsAsync()).Projects.Count);
    }

    [Fact]
    public async Task Channel_lists_allow_twenty_a_second_per_account_across_apps()
    {
        for (int i = 0; i < 20; i++)
        {
            await Channels.ListAsync(i % 2 == 0 ? Alpha : Beta);
        }

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => Channels.ListAsync(Alpha));
        Assert.Equal((HttpStatusCode)429, error.StatusCode);
    }

    [Fact]
    public async Task Quotas_are_per_API()
    {
        for (int i = 0; i < 10; i++)
        {
            await Projects.ListProjectsAsync();
        }

        RuleList rules = await new KickingRuleApiClient(Http, Credentials).ListAsync(Alpha);

        Assert.Equal("success", rules.Status);
    }

    [Fact]
    public async Task Signaling_event_quotas_are_per_App_ID()
    {
        var signaling = new SignalingBasicApiClient(Http, Credentials);
        for (int i = 0; i < 10; i++)
        {
            await signaling.UserEventsAsync(Alpha);
        }

        await Assert.ThrowsAsync<AgoraApiException>(() => signaling.UserEventsAsync(Alpha));
        Assert.Equal("success", (await signaling.UserEventsAsync(Beta)).Result);
    }

    [Fact]
    public async Task Requests_refused_for_credentials_do_not_use_up_the_quota()
    {
        var stranger = new ProjectApiClient(Http, AgoraCredentials.Basic(EmulatorAccount.RandomHex(), EmulatorAccount.RandomHex()));
        for (int i = 0; i < 15; i++)
        {
            await Assert.ThrowsAsync<AgoraApiException>(() => stranger.ListProjectsAsync());
        }

        for (int i = 0; i < 10; i++)
        {
            await Projects.ListProjectsAsync();
        }

        Assert.Equal(Enumerable.Repeat(401, 15).Concat(Enumerable.Repeat(200, 10)), Emulator.ReceivedRequests.Select(r => r.Status));
    }
}

/// <summary>Without <see cref="AgoraEmulatorOptions.EnforceRateLimits"/>, bursts are never throttled.</summary>
public sealed class RateLimitsOffTests : EmulatorTest
{
    public RateLimitsOffTests()
        : base(clockStart: null, "Alpha")
    {
    }

    [Fact]
    public async Task Thirty_project_lists_in_one_instant_all_succeed()
    {
        var projects = new ProjectApiClient(Http, Credentials);
        for (int i = 0; i < 30; i++)
        {
            await projects.ListProjectsAsync();
        }

        Assert.All(Emulator.ReceivedRequests, r => Assert.Equal(200, r.Status));
    }
}
