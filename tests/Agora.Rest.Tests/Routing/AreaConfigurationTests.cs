using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Agora.Rest.Tests.Routing;

/// <summary><c>Agora:Area</c> in a real host: bound by the registrations that read configuration, checked at start.</summary>
public sealed class AreaConfigurationTests
{
    private readonly ScriptedHosts _hosts = new();

    private IHost BuildHost(string? area, Action<HostApplicationBuilder>? more = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agora:CustomerId"] = Secrets.RandomHex(),
            ["Agora:CustomerSecret"] = Secrets.RandomHex(),
            ["Agora:Area"] = area,
        });
        more?.Invoke(builder);
        builder.Services.AddAgoraCredentials(builder.Configuration.GetSection("Agora"));
        builder.Services.AddFailoverApiClient().ConfigurePrimaryHttpMessageHandler(() => _hosts);
        return builder.Build();
    }

    [Theory]
    [InlineData("Europe", "api-eu-west-1.agora.io")]
    [InlineData("europe", "api-eu-west-1.agora.io")]
    [InlineData("UnitedStates", "api-us-west-1.agora.io")]
    [InlineData("US", "api-us-west-1.agora.io")]
    [InlineData("ap", "api-ap-southeast-1.agora.io")]
    [InlineData("China", "api-cn-east-1.sd-rtn.com")]
    [InlineData("Global", "api.agora.io")]
    [InlineData(null, "api.agora.io")]
    public async Task The_configured_area_decides_the_first_host(string? area, string expectedHost)
    {
        using IHost host = BuildHost(area);
        await host.StartAsync();

        await host.Services.GetRequiredService<IFailoverApi>().GetAsync();

        Assert.Equal(new[] { expectedHost }, _hosts.HostsTried);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Mars")]
    [InlineData("2")]
    [InlineData("Europa")]
    public async Task An_unknown_area_stops_the_host_at_start_with_the_names_to_use(string area)
    {
        using IHost host = BuildHost(area);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Agora:Area is '{area}', which is not an Agora area: use Global, UnitedStates, Europe, AsiaPacific or China", error.Message, StringComparison.Ordinal);
        Assert.Contains("Agora__Area", error.Message, StringComparison.Ordinal);
        Assert.Empty(_hosts.Requests);
    }

    [Fact]
    public async Task A_registered_options_instance_that_says_another_area_is_refused_by_name()
    {
        using IHost host = BuildHost("Europe", builder => builder.Services.AddSingleton(new AgoraClientOptions { Area = AgoraArea.China }));
        await host.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IFailoverApi>());

        Assert.Contains("Configuration sets Agora:Area to Europe", error.Message, StringComparison.Ordinal);
        Assert.Contains("says China", error.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Options_configured_in_code_keep_the_configured_area()
    {
        using IHost host = BuildHost("Europe", builder => builder.Services.Configure<AgoraClientOptions>(options => options.MaxErrorResponseBytes = 1024));
        await host.StartAsync();

        await host.Services.GetRequiredService<IFailoverApi>().GetAsync();

        Assert.Equal(new[] { "api-eu-west-1.agora.io" }, _hosts.HostsTried);
        Assert.Equal(1024, host.Services.GetRequiredService<IOptions<AgoraClientOptions>>().Value.MaxErrorResponseBytes);
        await host.StopAsync();
    }

    [Fact]
    public async Task Failed_attempts_are_logged_through_the_containers_logger_factory()
    {
        var lines = new List<string>();
        _hosts.NameNotResolved("api.agora.io");
        using IHost host = BuildHost(null, builder => builder.Logging.AddProvider(new ListLoggerProvider(lines)));
        await host.StartAsync();

        await host.Services.GetRequiredService<IFailoverApi>().GetAsync();

        string line = Assert.Single(lines, l => l.StartsWith("Agora.Rest.Failover", StringComparison.Ordinal));
        Assert.Contains("attempt 1 on api.agora.io failed (name not resolved); trying api.sd-rtn.com", line, StringComparison.Ordinal);
        await host.StopAsync();
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider, ILogger
    {
        private string _category = string.Empty;

        public ILogger CreateLogger(string categoryName) => new ListLoggerProvider(lines) { _category = categoryName };

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add(_category + ": " + formatter(state, exception));
            }
        }
    }
}
