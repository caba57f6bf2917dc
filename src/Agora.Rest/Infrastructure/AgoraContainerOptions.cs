using System;
using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// Picks the <see cref="AgoraClientOptions"/> a generated <c>Add&lt;Name&gt;Client()</c> registration uses: an instance
/// registered in the container as it is, else the container's <c>IOptions&lt;AgoraClientOptions&gt;</c>, which carries
/// <c>Agora:Area</c> from configuration and the container's logger factory. Called by generated code; not meant to be
/// used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AgoraContainerOptions
{
    /// <summary>Lets the container's options use the container's logger factory, once per container.</summary>
    public static void Register(IServiceCollection services)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<AgoraClientOptions>, UseContainerLogging>());
    }

    /// <summary>The options for a client made by <paramref name="services"/>.</summary>
    /// <exception cref="InvalidOperationException">A registered instance says another area than configuration does.</exception>
    public static AgoraClientOptions Resolve(IServiceProvider services)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        AgoraClientOptions? configured = (services.GetService(typeof(IOptions<AgoraClientOptions>)) as IOptions<AgoraClientOptions>)?.Value;
        if (services.GetService(typeof(AgoraClientOptions)) is not AgoraClientOptions registered)
        {
            return configured ?? new AgoraClientOptions();
        }

        if (configured?.ConfiguredArea is { } area && registered.Area != area)
        {
            throw new InvalidOperationException(
                $"Configuration sets Agora:Area to {area}, but the AgoraClientOptions instance registered in the container says {registered.Area}. " +
                "Set the area in one place: remove Agora:Area, or set AgoraClientOptions.Area to match (or configure the options with services.Configure<AgoraClientOptions>(...) instead of registering an instance).");
        }

        return registered;
    }

    private sealed class UseContainerLogging : IConfigureOptions<AgoraClientOptions>
    {
        private readonly IServiceProvider _services;

        public UseContainerLogging(IServiceProvider services) => _services = services;

        public void Configure(AgoraClientOptions options) =>
            options.LoggerFactory ??= _services.GetService(typeof(ILoggerFactory)) as ILoggerFactory;
    }
}
