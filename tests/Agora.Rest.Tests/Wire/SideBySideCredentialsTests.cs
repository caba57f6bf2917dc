using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Wire;

/// <summary>
/// <c>AddAgoraCredentials</c> and <c>AddAgoraTokenProvider</c> in one container without a host (so nothing is
/// validated at start): each client builds only the credentials it picks, so a setting only the other scheme needs can
/// be missing without breaking it, and the client that does need it names the missing key.
/// </summary>
public sealed class SideBySideCredentialsTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _server.Respond(request => request.RawTarget.Contains("/rtm/", StringComparison.Ordinal)
            ? PlannedResponse.Json("""{"result":"success","request_id":"r","events":[]}""")
            : PlannedResponse.Json("""{"success":true,"data":{"channels":[],"total_size":0}}"""));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        IConfiguration agora = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Agora");
        var services = new ServiceCollection();
        services.AddAgoraCredentials(agora);
        services.AddAgoraTokenProvider(agora, (appId, appCertificate) => new SignalingTokenProvider(appId, appCertificate, UserId));
        services.AddChannelApiClient().ConfigureHttpClient(http => http.BaseAddress = _server.BaseAddress);
        services.AddSignalingApiClient().ConfigureHttpClient(http => http.BaseAddress = _server.BaseAddress);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_token_client_works_while_the_Basic_settings_are_missing()
    {
        await using ServiceProvider services = Build(new() { ["Agora:AppId"] = AppId, ["Agora:AppCertificate"] = AppCertificate });

        await services.GetRequiredService<ISignalingApi>().GetUserEventsAsync(AppId);

        Assert.StartsWith("agora token=", _server.Single.Header("Authorization"), StringComparison.Ordinal);
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IChannelApi>());
        Assert.Contains("Agora:CustomerSecret is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Basic_client_works_while_the_token_settings_are_missing()
    {
        string customerId = Secrets.RandomHex();
        await using ServiceProvider services = Build(new() { ["Agora:CustomerId"] = customerId, ["Agora:CustomerSecret"] = Secrets.RandomHex() });

        await services.GetRequiredService<IChannelApi>().ListChannelsAsync(AppId);

        Assert.StartsWith("Basic ", _server.Single.Header("Authorization"), StringComparison.Ordinal);
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ISignalingApi>());
        Assert.Contains("Agora:AppCertificate is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_resolved_directly_say_their_scheme_without_being_built()
    {
        using ServiceProvider services = Build(new());

        IEnumerable<AgoraCredentials> all = services.GetServices<AgoraCredentials>();

        Assert.Equal(new[] { "AgoraCredentials { Scheme = Basic }", "AgoraCredentials { Scheme = Token (provider) }" }, Array.ConvertAll(new List<AgoraCredentials>(all).ToArray(), c => c.ToString()));
    }
}
