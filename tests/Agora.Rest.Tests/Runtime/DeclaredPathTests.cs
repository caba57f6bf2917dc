using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Runtime;

/// <summary>
/// A base address the application gives that is only a host keeps the API's declared path; one with a path of its own
/// replaces it (a gateway mounted under a path).
/// </summary>
public sealed class DeclaredPathTests
{
    [Theory]
    [InlineData(null, "https://api.agora.io/api/conversational-ai-agent/v2/projects/app/agents")]
    [InlineData("https://gateway.example.com", "https://gateway.example.com/api/conversational-ai-agent/v2/projects/app/agents")]
    [InlineData("https://gateway.example.com/", "https://gateway.example.com/api/conversational-ai-agent/v2/projects/app/agents")]
    [InlineData("https://api-eu-west-1.agora.io/", "https://api-eu-west-1.agora.io/api/conversational-ai-agent/v2/projects/app/agents")]
    [InlineData("https://gateway.example.com/agora/", "https://gateway.example.com/agora/app/agents")]
    public async Task A_bare_host_keeps_the_declared_path_and_a_path_of_its_own_replaces_it(string? given, string expected)
    {
        var handler = new CapturingHandler();
        var http = new HttpClient(handler) { BaseAddress = given is null ? null : new Uri(given) };

        await new PathPrefixedApiClient(http, AgoraCredentials.Basic("customer", Guid.NewGuid().ToString("N"))).ListAsync("app");

        Assert.Equal(expected, handler.Requests.Single().RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task Options_given_a_bare_host_keep_the_declared_path_too()
    {
        var handler = new CapturingHandler();
        var options = new AgoraClientOptions { BaseAddress = new Uri("https://gateway.example.com") };

        await new PathPrefixedApiClient(new HttpClient(handler), AgoraCredentials.Basic("customer", Guid.NewGuid().ToString("N")), options).ListAsync("app");

        Assert.Equal("https://gateway.example.com/api/conversational-ai-agent/v2/projects/app/agents", handler.Requests.Single().RequestUri!.AbsoluteUri);
    }
}
