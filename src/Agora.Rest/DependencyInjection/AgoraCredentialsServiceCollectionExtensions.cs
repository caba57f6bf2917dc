using System;
using Agora.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HTTP Basic customer credentials from configuration.</summary>
public static class AgoraCredentialsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>CustomerId</c> and <c>CustomerSecret</c> from <paramref name="configuration"/> (for example
    /// <c>configuration.GetSection("Agora")</c>, fed by appsettings, user secrets or the environment variable
    /// <c>Agora__CustomerSecret</c>), checks them when the host starts — the message names a missing or malformed
    /// key, never its value — and registers <see cref="AgoraCredentials.Basic"/> over them, which generated
    /// <c>Add&lt;Name&gt;Client()</c> registrations of HTTP Basic APIs use.
    /// </summary>
    /// <remarks>
    /// Token credentials (<c>AddAgoraTokenProvider</c>) can be registered beside these: each generated client
    /// takes the most recently registered <see cref="AgoraCredentials"/> that can serve its scheme.
    /// </remarks>
    /// <example><code>
    /// builder.Services.AddAgoraCredentials(builder.Configuration.GetSection("Agora"));
    /// builder.Services.AddChannelApiClient();
    /// </code></example>
    public static IServiceCollection AddAgoraCredentials(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        foreach (ServiceDescriptor existing in services)
        {
            if (existing.ServiceType == typeof(IValidateOptions<AgoraCustomerOptions>))
            {
                throw new InvalidOperationException(
                    "AddAgoraCredentials was already called: one Customer ID and secret per container. For another account, pass AgoraCredentials.Basic(...) to that client's Add<Name>Client(credentials).");
            }
        }

        string path = configuration is IConfigurationSection section ? section.Path : string.Empty;
        services.AddOptions<AgoraCustomerOptions>()
            .Configure(options =>
            {
                options.CustomerId = configuration["CustomerId"];
                options.CustomerSecret = configuration["CustomerSecret"];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AgoraCustomerOptions>>(new AgoraCustomerOptionsValidator(path));
        // Built on first use, so that resolving a token client beside these never validates the Basic settings.
        services.AddSingleton(serviceProvider => AgoraCredentials.DeferredBasic(() =>
        {
            AgoraCustomerOptions customer = serviceProvider.GetRequiredService<IOptions<AgoraCustomerOptions>>().Value;
            return AgoraCredentials.Basic(customer.CustomerId!, customer.CustomerSecret!);
        }));
        AgoraAreaConfiguration.Bind(services, configuration);
        return services;
    }
}
