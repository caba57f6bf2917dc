using System;
using System.Collections.Generic;
using System.Linq;
using Agora.Rest.Routing;

namespace Agora.Rest.Tests.Routing;

/// <summary>Agora's host table and the order a call walks it, per area and kind of failure.</summary>
public sealed class RoutingPlanTests
{
    public static TheoryData<AgoraArea, string[]> Table => new()
    {
        { AgoraArea.Global, new[] { "api.agora.io", "api.sd-rtn.com" } },
        { AgoraArea.UnitedStates, new[] { "api-us-west-1.agora.io", "api-us-west-1.sd-rtn.com", "api-us-east-1.agora.io", "api-us-east-1.sd-rtn.com" } },
        { AgoraArea.Europe, new[] { "api-eu-west-1.agora.io", "api-eu-west-1.sd-rtn.com", "api-eu-central-1.agora.io", "api-eu-central-1.sd-rtn.com" } },
        { AgoraArea.AsiaPacific, new[] { "api-ap-southeast-1.agora.io", "api-ap-southeast-1.sd-rtn.com", "api-ap-northeast-1.agora.io", "api-ap-northeast-1.sd-rtn.com" } },
        { AgoraArea.China, new[] { "api-cn-east-1.sd-rtn.com", "api-cn-east-1.agora.io", "api-cn-north-1.sd-rtn.com", "api-cn-north-1.agora.io" } },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_area_lists_Agoras_documented_hosts_in_order(AgoraArea area, string[] expected)
    {
        Assert.Equal(expected, AgoraDomains.HostsFor(area));
        Assert.All(expected, host => Assert.Equal(area, AgoraDomains.AreaOf(host)));
    }

    [Fact]
    public void Every_host_is_known_once_and_nothing_else_is()
    {
        Assert.Equal(18, AgoraDomains.AllHosts.Count);
        Assert.Equal(AgoraDomains.AllHosts.Count, AgoraDomains.AllHosts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(AgoraDomains.IsAgoraHost("API.AGORA.IO"));
        Assert.False(AgoraDomains.IsAgoraHost("api.agora.io.example.com"));
        Assert.False(AgoraDomains.IsAgoraHost("agora.io"));
        Assert.Null(AgoraDomains.AreaOf("example.com"));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgoraDomains.HostsFor((AgoraArea)42));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void A_name_that_does_not_resolve_moves_to_the_next_host_in_a_circle(AgoraArea area, string[] hosts)
    {
        RoutingPlan plan = PlanFor(area);

        Assert.Equal(hosts.Concat(hosts.Take(1)), Walk(plan, FailureKind.NameResolution, hosts.Length + 1));
    }

    [Theory]
    [InlineData(AgoraArea.Global, "api.agora.io,api.agora.io,api.agora.io")]
    [InlineData(AgoraArea.UnitedStates, "api-us-west-1.agora.io,api-us-east-1.agora.io,api-us-west-1.agora.io")]
    [InlineData(AgoraArea.Europe, "api-eu-west-1.agora.io,api-eu-central-1.agora.io,api-eu-west-1.agora.io")]
    [InlineData(AgoraArea.AsiaPacific, "api-ap-southeast-1.agora.io,api-ap-northeast-1.agora.io,api-ap-southeast-1.agora.io")]
    [InlineData(AgoraArea.China, "api-cn-east-1.sd-rtn.com,api-cn-north-1.sd-rtn.com,api-cn-east-1.sd-rtn.com")]
    public void Any_other_failure_skips_the_other_suffix_and_goes_to_the_next_region(AgoraArea area, string expected)
    {
        foreach (FailureKind kind in new[] { FailureKind.ConnectionFailed, FailureKind.TlsHandshake, FailureKind.ConnectionLost, FailureKind.Timeout, FailureKind.ServerError, FailureKind.RequestTimeout })
        {
            Assert.Equal(expected.Split(','), Walk(PlanFor(area), kind, 3));
        }
    }

    [Theory]
    [InlineData(AgoraArea.Global)]
    [InlineData(AgoraArea.Europe)]
    public void A_rate_limited_call_stays_on_its_host(AgoraArea area)
    {
        RoutingPlan plan = PlanFor(area);

        Assert.Equal(plan.Start, plan.Next(plan.Start, FailureKind.RateLimited));
    }

    [Fact]
    public void From_the_other_suffix_a_connection_failure_still_goes_to_the_next_region()
    {
        RoutingPlan plan = PlanFor(AgoraArea.UnitedStates);

        Assert.Equal("api-us-east-1.agora.io", plan.Hosts[plan.Next(1, FailureKind.ConnectionFailed)]);
        Assert.Equal("api-us-west-1.agora.io", plan.Hosts[plan.Next(3, FailureKind.ConnectionFailed)]);
    }

    [Theory]
    [InlineData("https://api.agora.io", AgoraArea.Global, false, "https://api.agora.io")]
    [InlineData("https://api.sd-rtn.com", AgoraArea.Global, false, "https://api.sd-rtn.com")]
    [InlineData("https://api.agora.io", AgoraArea.Europe, false, "https://api-eu-west-1.agora.io")]
    [InlineData("https://api.sd-rtn.com/", AgoraArea.China, false, "https://api-cn-east-1.sd-rtn.com")]
    [InlineData("https://api.agora.io/dev/", AgoraArea.UnitedStates, false, "https://api-us-west-1.agora.io/dev")]
    [InlineData("https://api-eu-central-1.agora.io", AgoraArea.Europe, true, "https://api-eu-central-1.agora.io")]
    [InlineData("https://api.agora.io", AgoraArea.Europe, true, "https://api-eu-west-1.agora.io")]
    [InlineData("https://api-eu-west-1.agora.io", AgoraArea.Global, true, "https://api-eu-west-1.agora.io")]
    public void The_first_attempt_goes_to_the_named_host_when_it_may_and_keeps_the_path(string address, AgoraArea area, bool givenByApplication, string expectedPrefix)
    {
        RoutingPlan plan = RoutingPlan.For(new Uri(address), area, givenByApplication)!;

        Assert.Equal(expectedPrefix, plan.Prefixes[plan.Start]);
        Assert.All(plan.Prefixes, prefix => Assert.EndsWith(new Uri(expectedPrefix).AbsolutePath.TrimEnd('/'), prefix));
    }

    [Fact]
    public void An_application_address_from_another_area_continues_in_that_area()
    {
        RoutingPlan plan = RoutingPlan.For(new Uri("https://api-eu-central-1.sd-rtn.com"), AgoraArea.Global, givenByApplication: true)!;

        Assert.Equal(AgoraArea.Europe, plan.Area);
        Assert.Equal("api-eu-west-1.agora.io", plan.Hosts[plan.Next(plan.Start, FailureKind.ConnectionFailed)]);
    }

    [Theory]
    [InlineData("https://example.com")]
    [InlineData("http://api.agora.io")]
    [InlineData("https://api.agora.io:8443")]
    [InlineData("https://127.0.0.1")]
    [InlineData("https://api.agora.io.example.com")]
    [InlineData("https://api.agora.io/?x=1")]
    public void Anything_but_an_https_address_on_an_Agora_host_turns_routing_off(string address)
    {
        Assert.Null(RoutingPlan.For(new Uri(address), AgoraArea.Global, givenByApplication: true));
    }

    private static RoutingPlan PlanFor(AgoraArea area) => RoutingPlan.For(new Uri("https://api.agora.io"), area, givenByApplication: false)!;

    private static List<string> Walk(RoutingPlan plan, FailureKind kind, int attempts)
    {
        var hosts = new List<string>();
        int host = plan.Start;
        for (int i = 0; i < attempts; i++)
        {
            hosts.Add(plan.Hosts[host]);
            host = plan.Next(host, kind);
        }

        return hosts;
    }
}
