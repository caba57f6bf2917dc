using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Runtime;

/// <summary><c>[BasicAuth, AccessToken2Auth]</c>: one client class, the scheme its credentials carry on every call.</summary>
public sealed class EitherSchemeTests
{
    [Fact]
    public async Task Basic_credentials_send_basic_and_nothing_of_a_token()
    {
        var handler = new CapturingHandler();
        string secret = Guid.NewGuid().ToString("N");
        var client = new EitherSchemeApiClient(new HttpClient(handler) { BaseAddress = new Uri("https://api.agora.io") }, AgoraCredentials.Basic("customer", secret));

        await client.GetAsync("a1");
        await client.LegacyAsync("a1");

        Assert.All(handler.Requests, request =>
        {
            Assert.Equal("Basic", request.Headers.Authorization?.Scheme);
            Assert.False(request.Headers.Contains("x-agora-token"));
        });
    }

    [Fact]
    public async Task Token_credentials_send_the_declared_token_scheme_of_each_method()
    {
        var handler = new CapturingHandler();
        string token = "007" + Guid.NewGuid().ToString("N");
        var client = new EitherSchemeApiClient(new HttpClient(handler) { BaseAddress = new Uri("https://api.agora.io") }, AgoraCredentials.Token(token, "42"));

        await client.GetAsync("a1");
        await client.LegacyAsync("a1");

        HttpRequestMessage[] sent = handler.Requests.ToArray();
        Assert.Equal("agora token=" + token, sent[0].Headers.GetValues("Authorization").Single());
        Assert.False(sent[0].Headers.Contains("x-agora-token"));
        Assert.Null(sent[1].Headers.Authorization);
        Assert.Equal(token, sent[1].Headers.GetValues("x-agora-token").Single());
        Assert.Equal("42", sent[1].Headers.GetValues("x-agora-uid").Single());
    }

    [Fact]
    public void A_token_without_a_uid_cannot_serve_the_legacy_either_scheme_and_says_why()
    {
        var error = Assert.Throws<ArgumentException>(() => new EitherSchemeApiClient(new HttpClient(), AgoraCredentials.Token("007" + Guid.NewGuid().ToString("N"))));

        Assert.Contains("AgoraCredentials.Token(token, uid)", error.Message, StringComparison.Ordinal);
    }
}
