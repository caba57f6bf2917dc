using System;
using Agora.Rest;
using Agora.Rest.Services;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers every client of Agora.Rest.Services in one call.</summary>
public static class AgoraServicesServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="AddAgoraServices"/> reads: <c>Agora</c>.</summary>
    public const string SectionName = "Agora";

    /// <summary>
    /// Binds the HTTP Basic credentials (<c>Agora:CustomerId</c>, <c>Agora:CustomerSecret</c>) and the area
    /// (<c>Agora:Area</c>) from <paramref name="configuration"/>'s <c>Agora</c> section, checked when the host starts,
    /// and registers every service client as a typed client with IHttpClientFactory. <c>IConversationalAiApi</c> resolves to
    /// the China client (<c>/cn/api/...</c>) when the area is China.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">The application's configuration (for example <c>builder.Configuration</c>), not its
    /// <c>Agora</c> section: the section is found by name.</param>
    /// <example><code>
    /// builder.Services.AddAgoraServices(builder.Configuration);
    /// // then inject IIndividualRecordingApi, IConversationalAiApi, IChannelApi, ...
    /// </code></example>
    public static IServiceCollection AddAgoraServices(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        services.AddAgoraCredentials(configuration.GetSection(SectionName));
        AgoraServiceClients.AddAll(services);
        return services;
    }
}
