using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Runtime;

/// <summary>
/// A request URI is parsed once and reused while its text repeats (a constant route, or a route whose values repeat),
/// and never reused for another text: another base address, another route value.
/// </summary>
public sealed class RequestUriReuseTests
{
    private static AgoraCredentials Basic() => AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex());

    [Fact]
    public async Task A_constant_route_is_one_uri_across_calls()
    {
        var handler = new CapturingHandler();
        var api = new PublicEndpointApiClient(new HttpClient(handler) { BaseAddress = new Uri("https://constant-" + Secrets.RandomHex(4) + ".example.com") }, Basic());

        await api.AuthenticatedAsync();
        await api.AuthenticatedAsync();

        Assert.Same(handler.Requests[0].RequestUri, handler.Requests[1].RequestUri);
    }

    [Fact]
    public async Task Clients_with_other_base_addresses_never_get_each_others_uri()
    {
        // The operation, and so the URI it keeps, is shared by every client of the interface.
        var handler = new CapturingHandler();
        string first = "https://first-" + Secrets.RandomHex(4) + ".example.com";
        string second = "https://second-" + Secrets.RandomHex(4) + ".example.com";
        var a = new PublicEndpointApiClient(new HttpClient(handler) { BaseAddress = new Uri(first) }, Basic());
        var b = new PublicEndpointApiClient(new HttpClient(handler) { BaseAddress = new Uri(second) }, Basic());
        var options = new AgoraClientOptions { BaseAddress = new Uri(first) };
        var changing = new PublicEndpointApiClient(new HttpClient(handler), Basic(), options);

        await a.AuthenticatedAsync();
        await b.AuthenticatedAsync();
        await a.AuthenticatedAsync();
        await changing.AuthenticatedAsync();
        options.BaseAddress = new Uri(second + "/gateway/");
        await changing.AuthenticatedAsync();

        Assert.Equal(
            new[] { first, second, first, first, second + "/gateway" }.Select(address => address + "/dev/v1/projects"),
            handler.Requests.Select(request => request.RequestUri!.AbsoluteUri.TrimEnd('/')));
    }

    [Fact]
    public async Task A_route_value_that_repeats_reuses_its_uri_and_another_value_gets_its_own()
    {
        var handler = new CapturingHandler();
        var api = new FeatureApiClient(new HttpClient(handler) { BaseAddress = new Uri("https://values-" + Secrets.RandomHex(4) + ".example.com") }, Basic());
        string one = Secrets.RandomHex(8);
        string other = Secrets.RandomHex(8);

        await api.RouteValueAsync(one);
        await api.RouteValueAsync(one);
        await api.RouteValueAsync(other);
        await api.RouteValueAsync(one);

        Uri[] uris = handler.Requests.Select(request => request.RequestUri!).ToArray();
        Assert.Same(uris[0], uris[1]);
        Assert.Equal(new[] { one, one, other, one }.Select(value => "/items/" + value), uris.Select(uri => uri.AbsolutePath));
    }

    [Fact]
    public async Task Concurrent_clients_of_two_hosts_each_reach_their_own()
    {
        // Each client has its own credentials, so the handler can tell which client sent a request.
        var handler = new SenderRecordingHandler();
        var expectedHost = new System.Collections.Generic.Dictionary<string, string>();
        var clients = new PublicEndpointApiClient[2];
        for (int i = 0; i < clients.Length; i++)
        {
            string id = Secrets.RandomHex(), secret = Secrets.RandomHex();
            string host = (i == 0 ? "north-" : "south-") + Secrets.RandomHex(4) + ".example.com";
            expectedHost["Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(id + ":" + secret))] = host;
            clients[i] = new PublicEndpointApiClient(new HttpClient(handler) { BaseAddress = new Uri("https://" + host) }, AgoraCredentials.Basic(id, secret));
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (int call = 0; call < 500; call++)
            {
                await clients[(worker + call) % 2].AuthenticatedAsync();
            }
        })));

        Assert.Equal(4000, handler.Sent.Count);
        Assert.All(handler.Sent, sent => Assert.Equal(expectedHost[sent.Authorization], sent.Host));
    }

    private sealed class SenderRecordingHandler : HttpMessageHandler
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Authorization, string Host)> Sent { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            Sent.Enqueue((request.Headers.NonValidated["Authorization"].ToString(), request.RequestUri!.Host));
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("ok") });
        }
    }
}
