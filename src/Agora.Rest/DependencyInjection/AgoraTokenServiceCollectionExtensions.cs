using System;
using Agora.Rest;
using Agora.Rest.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a server-side token provider whose App ID and App Certificate come from configuration.</summary>
public static class AgoraTokenServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>AppId</c> and <c>AppCertificate</c> from <paramref name="configuration"/> (for example
    /// <c>configuration.GetSection("Agora")</c>, fed by appsettings, user secrets or <c>Agora__AppCertificate</c>),
    /// checks them when the host starts — the message names a missing or malformed key, never its value — and
    /// registers the provider <paramref name="createProvider"/> makes as <see cref="IAgoraTokenProvider"/>, plus
    /// <see cref="AgoraCredentials"/> over it, which generated <c>Add&lt;Name&gt;Client()</c> registrations of
    /// token APIs use (HTTP Basic credentials from <c>AddAgoraCredentials</c> can sit beside it).
    /// </summary>
    /// <example><code>
    /// services.AddAgoraTokenProvider(configuration.GetSection("Agora"),
    ///     (appId, appCertificate) => new SignalingTokenProvider(appId, appCertificate, "server-bot"));
    /// </code></example>
    public static IServiceCollection AddAgoraTokenProvider(
        this IServiceCollection services,
        IConfiguration configuration,
        Func<string, string, IAgoraTokenProvider> createProvider)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        if (createProvider is null)
        {
            throw new ArgumentNullException(nameof(createProvider));
        }

        foreach (ServiceDescriptor existing in services)
        {
            if (existing.ServiceType == typeof(IValidateOptions<AgoraAppOptions>))
            {
                throw new InvalidOperationException(
                    "AddAgoraTokenProvider was already called: one App ID and certificate per container. For more providers, create them from the bound AgoraAppOptions yourself.");
            }
        }

        string path = configuration is IConfigurationSection section ? section.Path : string.Empty;
        services.AddOptions<AgoraAppOptions>()
            .Configure(options =>
            {
                options.AppId = configuration["AppId"];
                options.AppCertificate = configuration["AppCertificate"];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AgoraAppOptions>>(new AgoraAppOptionsValidator(path));
        services.AddSingleton(serviceProvider =>
        {
            AgoraAppOptions app = serviceProvider.GetRequiredService<IOptions<AgoraAppOptions>>().Value;
            return createProvider(app.AppId!, app.AppCertificate!)
                ?? throw new InvalidOperationException("The createProvider callback of AddAgoraTokenProvider returned null.");
        });
        // The provider is resolved on first use, so that resolving a Basic client beside it never validates the App settings.
        services.AddSingleton(serviceProvider => AgoraCredentials.Token(new DeferredTokenProvider(serviceProvider.GetRequiredService<IAgoraTokenProvider>)));
        AgoraAreaConfiguration.Bind(services, configuration);
        return services;
    }
}
