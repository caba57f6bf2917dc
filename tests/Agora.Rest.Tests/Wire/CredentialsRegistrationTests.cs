using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static Agora.Rest.Tests.Tokens.OfficialVectors;

namespace Agora.Rest.Tests.Wire;

/// <summary><c>services.AddAgoraCredentials(configuration)</c> in a real host, with generated typed clients.</summary>
public sealed class CredentialsRegistrationTests : IAsyncLifetime
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

    private IHost BuildHost(IConfiguration? configuration = null, Dictionary<string, string?>? settings = null, Action<HostApplicationBuilder>? more = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (configuration is not null)
        {
            builder.Configuration.AddConfiguration(configuration);
        }

        builder.Configuration.AddInMemoryCollection(settings ?? new());
        more?.Invoke(builder);
        builder.Services.AddAgoraCredentials(builder.Configuration.GetSection("Agora"));
        builder.Services.AddChannelApiClient().ConfigureHttpClient(http => http.BaseAddress = _server.BaseAddress);
        return builder.Build();
    }

    [Fact]
    public async Task A_missing_secret_stops_the_host_at_start_naming_the_key_and_its_environment_variable()
    {
        using IHost host = BuildHost(settings: new() { ["Agora:CustomerId"] = Secrets.RandomHex() });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Agora:CustomerSecret is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("Agora__CustomerSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Agora:CustomerId", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Both_keys_missing_are_both_named()
    {
        using IHost host = BuildHost();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Agora:CustomerId is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("Agora:CustomerSecret is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CustomerSecret", "{0}\n{1}", "line break")]
    [InlineData("CustomerSecret", "{0}{1} ", "starts or ends with whitespace")]
    [InlineData("CustomerId", "{0}:{1}", "must not contain ':'")]
    public async Task A_malformed_value_is_named_but_never_printed(string key, string template, string expected)
    {
        string id = Secrets.RandomHex();
        string secret = Secrets.RandomHex();
        var settings = new Dictionary<string, string?> { ["Agora:CustomerId"] = id, ["Agora:CustomerSecret"] = secret };
        string flawed = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, settings["Agora:" + key], Secrets.RandomHex(8));
        settings["Agora:" + key] = flawed;
        using IHost host = BuildHost(settings: settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Agora:" + key, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(flawed.Trim(), error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credentials_from_environment_variables_reach_the_wire_as_the_exact_basic_header()
    {
        string prefix = "AGORA_TEST_" + Secrets.RandomHex(8) + "_";
        string id = Secrets.RandomHex();
        string secret = Secrets.RandomHex();
        Environment.SetEnvironmentVariable(prefix + "Agora__CustomerId", id);
        Environment.SetEnvironmentVariable(prefix + "Agora__CustomerSecret", secret);
        try
        {
            using IHost host = BuildHost(more: builder => builder.Configuration.AddEnvironmentVariables(prefix));

            await host.StartAsync();
            await host.Services.GetRequiredService<IChannelApi>().ListChannelsAsync("app");
            await host.StopAsync();

            Assert.Equal(Secrets.ExpectedBasic(id, secret), _server.Single.Header("Authorization"));
            string options = host.Services.GetRequiredService<IOptions<AgoraCustomerOptions>>().Value.ToString();
            Assert.Contains(id, options, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, options, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Agora__CustomerId", null);
            Environment.SetEnvironmentVariable(prefix + "Agora__CustomerSecret", null);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Basic_and_token_credentials_live_side_by_side_whatever_the_order(bool tokenProviderFirst)
    {
        string id = Secrets.RandomHex();
        string secret = Secrets.RandomHex();
        var settings = new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = id,
            ["Agora:CustomerSecret"] = secret,
            ["Agora:AppId"] = AppId,
            ["Agora:AppCertificate"] = AppCertificate,
        };
        void AddTokens(HostApplicationBuilder builder) =>
            builder.Services.AddAgoraTokenProvider(
                builder.Configuration.GetSection("Agora"),
                (appId, appCertificate) => new SignalingTokenProvider(appId, appCertificate, UserId));

        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        if (tokenProviderFirst)
        {
            AddTokens(builder);
        }

        builder.Services.AddAgoraCredentials(builder.Configuration.GetSection("Agora"));
        if (!tokenProviderFirst)
        {
            AddTokens(builder);
        }

        builder.Services.AddChannelApiClient().ConfigureHttpClient(http => http.BaseAddress = _server.BaseAddress);
        builder.Services.AddSignalingApiClient().ConfigureHttpClient(http => http.BaseAddress = _server.BaseAddress);
        using IHost host = builder.Build();

        await host.StartAsync();
        await host.Services.GetRequiredService<IChannelApi>().ListChannelsAsync("app");
        await host.Services.GetRequiredService<ISignalingApi>().GetUserEventsAsync(AppId);
        await host.StopAsync();

        Assert.Equal(Secrets.ExpectedBasic(id, secret), _server.Requests[0].Header("Authorization"));
        string token = _server.Requests[1].Header("Authorization")!.Substring("agora token=".Length);
        Assert.True(AccessToken2.Parse(token).VerifySignature(AppCertificate));
    }

    [Fact]
    public async Task Only_token_credentials_registered_tells_a_basic_client_what_it_needs()
    {
        var services = new ServiceCollection();
        services.AddSingleton(AgoraCredentials.Token(Secrets.RandomToken()));
        services.AddChannelApiClient();
        await using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IChannelApi>());

        Assert.Contains("ChannelApiClient", error.Message, StringComparison.Ordinal);
        Assert.Contains("token credentials were given", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddAgoraCredentials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_registration_is_refused()
    {
        var services = new ServiceCollection();
        IConfiguration configuration = new ConfigurationBuilder().Build();
        services.AddAgoraCredentials(configuration);

        var error = Assert.Throws<InvalidOperationException>(() => services.AddAgoraCredentials(configuration));

        Assert.Contains("already called", error.Message, StringComparison.Ordinal);
    }
}
