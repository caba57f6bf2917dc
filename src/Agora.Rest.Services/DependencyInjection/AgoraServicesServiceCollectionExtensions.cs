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
    /// Binds the HTTP Basic credentials (<c>Agora:CustomerId</c>, <c>Agora:CustomerSecret</c>), the area
    /// (<c>Agora:Area</c>) and, with <paramref name="createTokenProvider"/>, a token provider from <paramref name="configuration"/>'s
    /// <c>Agora</c> section, checked when the host starts,
    /// and registers every service client as a typed client with IHttpClientFactory. <c>IConversationalAiApi</c> resolves to
    /// the China client (<c>/cn/api/...</c>) when the area is China.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">The application's configuration (for example <c>builder.Configuration</c>), not its
    /// <c>Agora</c> section: the section is found by name.</param>
    /// <param name="createTokenProvider">
    /// When given, also binds <c>Agora:AppId</c> and <c>Agora:AppCertificate</c> (checked when the host starts) and
    /// registers the token provider it makes from them (<c>AddAgoraTokenProvider</c>), for clients given no Basic
    /// credentials. APIs that take either scheme still use the Basic credentials when there are any.
    /// </param>
    /// <example><code>
    /// builder.Services.AddAgoraServices(builder.Configuration);
    /// // then inject IIndividualRecordingApi, IConversationalAiApi, IChannelApi, ...
    /// </code></example>
    public static IServiceCollection AddAgoraServices(
        this IServiceCollection services,
        IConfiguration configuration,
        Func<string, string, IAgoraTokenProvider>? createTokenProvider = null)
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
        if (createTokenProvider is not null)
        {
            services.AddAgoraTokenProvider(configuration.GetSection(SectionName), createTokenProvider);
        }

        AgoraServiceClients.AddAll(services);
        return services;
    }
}
