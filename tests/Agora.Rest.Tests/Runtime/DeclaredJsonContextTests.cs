using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Runtime;

/// <summary><c>[AgoraApi(JsonContext = ...)]</c>: bodies and responses go through the declared context only.</summary>
public sealed class DeclaredJsonContextTests
{
    private static readonly AgoraCredentials Credentials = AgoraCredentials.Basic("customer", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Bodies_and_responses_use_the_declared_context_not_the_options()
    {
        var handler = new JsonAnsweringHandler("""{"rule_id":42,"channel_name":"lobby"}""");
        // Options that would write camelCase and read case-sensitively: the declared context must win.
        var options = new AgoraClientOptions { JsonSerializerOptions = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase } };
        var client = new DeclaredContextApiClient(new HttpClient(handler) { BaseAddress = new Uri("https://api.agora.io") }, Credentials, options);

        RuleMade made = await client.CreateAsync(new RuleDraft("lobby", 60));
        string? sentBody = handler.LastBody;
        AgoraResponse<RuleMade> got = await client.GetAsync(42);

        Assert.Equal("""{"channel_name":"lobby","time_in_seconds":60}""", sentBody);
        Assert.Equal(new RuleMade(42, "lobby"), made);
        Assert.Equal(new RuleMade(42, "lobby"), got.Value);
    }

    [Fact]
    public async Task A_type_the_context_does_not_cover_fails_naming_the_type_and_the_context()
    {
        var client = new DeclaredContextApiClient(
            new HttpClient(new JsonAnsweringHandler("""{"anything":"x"}""")) { BaseAddress = new Uri("https://api.agora.io") }, Credentials);

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => client.OtherAsync());

        Assert.Contains(nameof(SnakeCaseJson), error.Message);
        Assert.Contains(nameof(NotInTheContext), error.Message);
    }

    private sealed class JsonAnsweringHandler : HttpMessageHandler
    {
        private readonly string _answer;

        public JsonAnsweringHandler(string answer) => _answer = answer;

        public string? LastBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(_answer, Encoding.UTF8, "application/json") };
        }
    }
}
