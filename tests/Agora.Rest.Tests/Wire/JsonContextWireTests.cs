using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Wire;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Payload))]
internal sealed partial class PayloadJsonContext : JsonSerializerContext
{
}

/// <summary>With a source-generated context the client serializes through it and never falls back to reflection.</summary>
public sealed class JsonContextWireTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync() => _server = await RecordingServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private FeatureApiClient CreateClient() => new(
        _server.CreateHttpClient(),
        AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()),
        new AgoraClientOptions { JsonSerializerOptions = PayloadJsonContext.Default.Options });

    [Fact]
    public async Task Bodies_and_results_go_through_the_context()
    {
        _server.Respond(PlannedResponse.Json("""{"name":"r","count":3}"""));

        Payload result = await CreateClient().JsonBodyAsync(new Payload("p", 1));

        Assert.Equal("""{"name":"p","count":1}""", _server.Single.BodyText);
        Assert.Equal(new Payload("r", 3), result);
    }

    [Fact]
    public async Task Types_missing_from_the_context_fail_instead_of_using_reflection()
    {
        var api = new ChannelApiClient(
            _server.CreateHttpClient(),
            AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()),
            new AgoraClientOptions { JsonSerializerOptions = new JsonSerializerOptions { TypeInfoResolver = PayloadJsonContext.Default } });

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => api.ListChannelsAsync("app"));

        Assert.Contains("ChannelList", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
