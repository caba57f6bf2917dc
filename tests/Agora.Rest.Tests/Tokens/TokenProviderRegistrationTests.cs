using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Agora.Rest.Tests.Wire;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Tokens;

/// <summary><c>services.AddAgoraTokenProvider(configuration, ...)</c> in a real host.</summary>
public sealed class TokenProviderRegistrationTests
{
    private static IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAgoraTokenProvider(
            builder.Configuration.GetSection("Agora"),
            (appId, appCertificate) => new SignalingTokenProvider(appId, appCertificate, UserId));
        more?.Invoke(builder.Services);
        return builder.Build();
    }

    [Fact]
    public void A_second_registration_is_refused_rather_than_sharing_the_first_ones_settings()
    {
        var services = new ServiceCollection();
        IConfiguration configuration = new ConfigurationBuilder().Build();
        services.AddAgoraTokenProvider(configuration, (appId, appCertificate) => new SignalingTokenProvider(appId, appCertificate, UserId));

        var error = Assert.Throws<InvalidOperationException>(() =>
            services.AddAgoraTokenProvider(configuration, (appId, appCertificate) => new SignalingTokenProvider(appId, appCertificate, "other")));

        Assert.Contains("already called", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_certificate_stops_the_host_at_start_naming_the_key()
    {
        using IHost host = BuildHost(new() { ["Agora:AppId"] = AppId });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Agora:AppCertificate is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("Agora__AppCertificate", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Agora:AppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_certificate_is_named_but_never_printed()
    {
        string malformed = Secrets.RandomHex(30) + "zz";
        using IHost host = BuildHost(new() { ["Agora:AppId"] = AppId, ["Agora:AppCertificate"] = malformed });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Agora:AppCertificate is not an Agora App Certificate", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(malformed, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(malformed, new AgoraAppOptions { AppId = AppId, AppCertificate = malformed }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_settings_give_a_provider_and_credentials_that_generated_clients_use()
    {
        await using RecordingServer server = await RecordingServer.StartAsync();
        server.Respond(PlannedResponse.Json("""{"result":"success","request_id":"r","events":[]}"""));
        using IHost host = BuildHost(
            new() { ["Agora:AppId"] = AppId, ["Agora:AppCertificate"] = AppCertificate },
            services => services.AddSignalingApiClient().ConfigureHttpClient(http => http.BaseAddress = server.BaseAddress));

        await host.StartAsync();
        await host.Services.GetRequiredService<ISignalingApi>().GetUserEventsAsync(AppId);
        await host.StopAsync();

        Assert.IsType<SignalingTokenProvider>(host.Services.GetRequiredService<IAgoraTokenProvider>());
        string token = server.Single.Header("Authorization")!.Substring("agora token=".Length);
        Assert.True(AccessToken2.Parse(token).VerifySignature(AppCertificate));
    }
}
