using System;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Agora.Rest.Tests.Wire;

namespace Agora.Rest.Tests.Runtime;

/// <summary>Which base address wins, and where credentials may go.</summary>
public sealed class BaseAddressTests
{
    private static AgoraCredentials Basic() => AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex());

    [Fact]
    public async Task The_declared_address_is_used_when_nothing_overrides_it()
    {
        var handler = new CapturingHandler();
        var api = new PublicEndpointApiClient(new HttpClient(handler), Basic());

        await api.AuthenticatedAsync();

        Assert.Equal("https://api.agora.io/dev/v1/projects", Assert.Single(handler.Requests).RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task Options_override_the_declared_address_and_HttpClient_overrides_both()
    {
        var handler = new CapturingHandler();
        var options = new AgoraClientOptions { BaseAddress = new Uri("https://api.sd-rtn.com") };

        await new PublicEndpointApiClient(new HttpClient(handler), Basic(), options).AuthenticatedAsync();
        await new PublicEndpointApiClient(new HttpClient(handler) { BaseAddress = new Uri("https://api-eu-west-1.agora.io/") }, Basic(), options).AuthenticatedAsync();

        Assert.Equal("https://api.sd-rtn.com/dev/v1/projects", handler.Requests[0].RequestUri!.AbsoluteUri);
        Assert.Equal("https://api-eu-west-1.agora.io/dev/v1/projects", handler.Requests[1].RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task A_path_prefix_in_the_base_address_is_kept()
    {
        await using RecordingServer server = await RecordingServer.StartAsync();
        server.Respond(new PlannedResponse(200, "ok", "text/plain"));
        var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "/gateway/") };

        await new PublicEndpointApiClient(http, Basic()).AuthenticatedAsync();

        Assert.Equal("/gateway/dev/v1/projects", server.Single.RawTarget);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://127.8.9.10")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:5000")]
    [InlineData("https://example.com")]
    public async Task Credentials_go_over_https_or_to_loopback(string address)
    {
        var handler = new CapturingHandler();
        var api = new PublicEndpointApiClient(new HttpClient(handler) { BaseAddress = new Uri(address) }, Basic());

        await api.AuthenticatedAsync();

        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("http://example.com")]
    [InlineData("http://10.0.0.1")]
    [InlineData("http://api.agora.io")]
    public async Task Credentials_never_go_over_plain_http_to_other_hosts(string address)
    {
        var handler = new CapturingHandler();
        var api = new PublicEndpointApiClient(new HttpClient(handler) { BaseAddress = new Uri(address) }, Basic());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => api.AuthenticatedAsync());

        Assert.Empty(handler.Requests);
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccessToken2")]
    [InlineData("AccessToken")]
    public async Task Tokens_never_go_over_plain_http_to_other_hosts_either(string scheme)
    {
        var handler = new CapturingHandler();
        var http = new HttpClient(handler) { BaseAddress = new Uri("http://api.agora.io") };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scheme == "AccessToken2"
            ? new Agora.Rest.Tests.Apis.SignalingApiClient(http, AgoraCredentials.Token(Secrets.RandomToken())).GetUserEventsAsync("app")
            : new Agora.Rest.Tests.Apis.LegacySignalingApiClient(http, AgoraCredentials.Token(Secrets.RandomToken(), "42")).GetUserEventsAsync("app").AsTask());

        Assert.Empty(handler.Requests);
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_without_credentials_may_use_plain_http()
    {
        var handler = new CapturingHandler();
        var api = new PublicEndpointApiClient(new HttpClient(handler) { BaseAddress = new Uri("http://status.example.com") }, Basic());

        await api.HealthAsync();

        Assert.Equal("http://status.example.com/health", Assert.Single(handler.Requests).RequestUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://agoraid:S3cr3tV4lue@example.com", "user information")]
    [InlineData("https://example.com/?x=1", "query")]
    [InlineData("ftp://example.com", "not http or https")]
    public async Task Unusable_base_addresses_are_refused_with_a_clear_message(string address, string expected)
    {
        var handler = new CapturingHandler();
        var api = new PublicEndpointApiClient(new HttpClient(handler), Basic(), new AgoraClientOptions { BaseAddress = new Uri(address) });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => api.HealthAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("S3cr3tV4lue", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }
}
