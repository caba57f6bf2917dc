using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Agora.Rest.Services.ChannelManagement;
using Agora.Rest.Services.ConversationalAi;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Agora.Rest.Services.Tests;

/// <summary><c>AddAgoraServices(configuration)</c>: one call binds the Agora section and registers every client.</summary>
public sealed class AddAgoraServicesTests
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";

    [Fact]
    public void Every_basic_service_interface_resolves_to_its_generated_client()
    {
        using ServiceProvider provider = Build(Configuration(area: null));

        var basicApis = DeclaredOperation.All.Where(o => o.Auth.StartsWith("Basic", StringComparison.Ordinal)).Select(o => o.Interface).Distinct().ToList();
        Assert.Equal(16, basicApis.Count); // every interface but the China one, whose operations are inherited
        foreach (string name in basicApis)
        {
            Type api = typeof(AgoraServicesServiceCollectionExtensions).Assembly.GetExportedTypes().Single(t => t.Name == name);
            object client = provider.GetRequiredService(api);
            Assert.Equal(name[1..] + "Client", client.GetType().Name);
        }
    }

    [Theory]
    [InlineData(null, "ConversationalAiApiClient")]
    [InlineData("Europe", "ConversationalAiApiClient")]
    [InlineData("China", "ConversationalAiChinaApiClient")]
    [InlineData("CN", "ConversationalAiChinaApiClient")]
    public void Conversational_AI_follows_the_configured_area(string? area, string expectedClient)
    {
        using ServiceProvider provider = Build(Configuration(area));

        Assert.Equal(expectedClient, provider.GetRequiredService<IConversationalAiApi>().GetType().Name);
        Assert.IsType<ConversationalAiChinaApiClient>(provider.GetRequiredService<IConversationalAiChinaApi>());
    }

    [Fact]
    public void Missing_credentials_stop_the_start_naming_the_keys()
    {
        var services = new ServiceCollection();
        services.AddAgoraServices(new ConfigurationBuilder().Build());
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IChannelApi>());
        Assert.Contains("Agora:CustomerId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_client_calls_the_emulator_with_the_configured_credentials()
    {
        var account = TestAccount.New(appName: "Emulated");
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        emulator.AddUser(AppId, "lobby", 42);
        var services = new ServiceCollection();
        services.AddAgoraServices(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = account.CustomerId,
            ["Agora:CustomerSecret"] = account.CustomerSecret,
        }).Build());
        services.AddSingleton(new AgoraClientOptions { BaseAddress = emulator.BaseAddress });
        using ServiceProvider provider = services.BuildServiceProvider();

        ChannelListResponse channels = await provider.GetRequiredService<IChannelApi>().ListChannelsAsync(AppId);

        ChannelSummary lobby = Assert.Single(channels.Data!.Channels!);
        Assert.Equal(("lobby", 1), (lobby.ChannelName, lobby.UserCount));
    }

    [Fact]
    public async Task An_API_that_takes_Basic_or_a_token_keeps_the_Basic_credentials_when_a_token_provider_comes_after_them()
    {
        var account = TestAccount.New(appName: "Emulated");
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = account.CustomerId,
            ["Agora:CustomerSecret"] = account.CustomerSecret,
            ["Agora:AppId"] = AppId,
            ["Agora:AppCertificate"] = "5CFd2fd1755d40ecb72977518be15d3b",
        }).Build();
        var services = new ServiceCollection();
        // A Signaling token provider (for another API of the app) is bound from the same section, after the Basic credentials.
        services.AddAgoraServices(configuration, (appId, certificate) => new Agora.Rest.Tokens.SignalingTokenProvider(appId, certificate, "server-bot"));
        services.AddSingleton(new AgoraClientOptions { BaseAddress = emulator.BaseAddress, Retry = { MaxRetryAttempts = 0 } });
        using ServiceProvider provider = services.BuildServiceProvider();

        // Basic credentials pass the gateway and meet "no such agent"; the Signaling token would be refused with 401.
        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => provider.GetRequiredService<IConversationalAiApi>().QueryAsync(AppId, "no-such-agent"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Single(provider.GetServices<IConversationalAiApi>());
    }

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddAgoraServices(configuration);
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(string? area) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = "customer-" + Guid.NewGuid().ToString("N"),
            ["Agora:CustomerSecret"] = Guid.NewGuid().ToString("N"),
            ["Agora:Area"] = area,
        }).Build();
}
