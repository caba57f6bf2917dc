using System;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Microsoft.Extensions.DependencyInjection;

namespace Agora.Rest.Tests.Wire;

/// <summary>The generated <c>Add&lt;Name&gt;Client</c> registrations, resolved from a real container.</summary>
public sealed class DependencyInjectionWireTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _server.Respond(PlannedResponse.Json("""{"success":true,"data":{"channels":[],"total_size":0}}"""));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Typed_client_takes_credentials_and_options_from_the_container()
    {
        string id = Secrets.RandomHex();
        string secret = Secrets.RandomHex();
        var services = new ServiceCollection();
        services.AddSingleton(AgoraCredentials.Basic(id, secret));
        services.AddSingleton(new AgoraClientOptions { BaseAddress = _server.BaseAddress });
        services.AddChannelApiClient();
        await using ServiceProvider provider = services.BuildServiceProvider();

        IChannelApi api = provider.GetRequiredService<IChannelApi>();
        await api.ListChannelsAsync("app");

        Assert.IsType<ChannelApiClient>(api);
        Assert.Equal(Secrets.ExpectedBasic(id, secret), _server.Single.Header("Authorization"));
    }

    [Fact]
    public async Task Explicit_credentials_and_HttpClient_configuration_are_honoured()
    {
        string token = Secrets.RandomToken();
        var services = new ServiceCollection();
        services.AddSignalingApiClient(AgoraCredentials.Token(token))
            .ConfigureHttpClient(http => http.BaseAddress = _server.BaseAddress);
        _server.Respond(PlannedResponse.Json("""{"result":"success","request_id":"r","events":[]}"""));
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ISignalingApi>().GetUserEventsAsync("app");

        Assert.Equal("agora token=" + token, _server.Single.Header("Authorization"));
    }

    [Fact]
    public async Task Missing_credentials_say_how_to_register_them()
    {
        var services = new ServiceCollection();
        services.AddChannelApiClient();
        await using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IChannelApi>());

        Assert.Contains("AgoraCredentials", error.Message, StringComparison.Ordinal);
    }
}
