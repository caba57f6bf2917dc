using System.Runtime.CompilerServices;
using System.Threading;
using Agora.Generators.Incremental;

namespace Agora.Generators.Model;

/// <summary>What the compilation's Microsoft.Extensions.Http offers the services registration.</summary>
/// <param name="IsReferenced">Whether <c>AddHttpClient</c> exists at all.</param>
/// <param name="CanRedactLoggedHeaders">Whether <c>RedactLoggedHeaders</c> exists, to keep credentials out of its logs.</param>
/// <param name="CanFilterHandlers">
/// Whether <c>IHttpMessageHandlerBuilderFilter</c> exists (2.1 on), to leave redirects to the generated client whatever
/// primary handler the caller configures.
/// </param>
internal sealed record HttpClientFactorySupport(bool IsReferenced, bool CanRedactLoggedHeaders, bool CanFilterHandlers)
{
    public const string FactoryExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
    public const string BuilderExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions";
    public const string HandlerBuilderFilter = "Microsoft.Extensions.Http.IHttpMessageHandlerBuilderFilter";

    // What the compilation declares decides the answer, so compilations that declare the same things share it:
    // after an edit in a method body, no type is looked up again.
    private static readonly ConditionalWeakTable<DeclarationFingerprint, HttpClientFactorySupport> s_byDeclarations = new();

    public static HttpClientFactorySupport For(Microsoft.CodeAnalysis.Compilation compilation, CancellationToken cancellationToken) =>
        s_byDeclarations.GetValue(DeclarationFingerprint.Of(compilation, cancellationToken), _ => Of(compilation));

    public static HttpClientFactorySupport Of(Microsoft.CodeAnalysis.Compilation compilation)
    {
        bool referenced = compilation.GetTypeByMetadataName(FactoryExtensions) is not null;
        Microsoft.CodeAnalysis.INamedTypeSymbol? builder = referenced ? compilation.GetTypeByMetadataName(BuilderExtensions) : null;
        bool canRedact = builder is not null && !builder.GetMembers("RedactLoggedHeaders").IsEmpty;
        bool canFilter = referenced && compilation.GetTypeByMetadataName(HandlerBuilderFilter) is not null;
        return new HttpClientFactorySupport(referenced, canRedact, canFilter);
    }
}
