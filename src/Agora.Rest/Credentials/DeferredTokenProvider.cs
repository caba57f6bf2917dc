using System;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest;

/// <summary>
/// Stands for a token provider that a container builds on first use: registering token credentials from configuration
/// beside Basic ones must not make a Basic client's resolution validate the App ID and App Certificate.
/// </summary>
internal sealed class DeferredTokenProvider : IAgoraTokenProvider
{
    private readonly Lazy<IAgoraTokenProvider> _provider;

    public DeferredTokenProvider(Func<IAgoraTokenProvider> create)
    {
        _provider = new Lazy<IAgoraTokenProvider>(create, LazyThreadSafetyMode.PublicationOnly);
    }

    public ValueTask<AgoraToken> GetTokenAsync(CancellationToken cancellationToken) => _provider.Value.GetTokenAsync(cancellationToken);

    /// <summary>Builds the provider now, so that a missing setting surfaces where the credentials are picked.</summary>
    public void Prepare() => _ = _provider.Value;

    /// <summary>The registered provider's type name, for messages about what it returned.</summary>
    public string ProviderName => _provider.IsValueCreated ? _provider.Value.GetType().Name : nameof(IAgoraTokenProvider);

    /// <summary>How messages name <paramref name="provider"/>: the registered provider behind this stand-in, if it is one.</summary>
    public static string NameOf(IAgoraTokenProvider provider) =>
        provider is DeferredTokenProvider deferred ? deferred.ProviderName : provider.GetType().Name;

    public override string ToString() => "DeferredTokenProvider";
}
