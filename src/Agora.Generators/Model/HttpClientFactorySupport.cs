using System.Linq;

namespace Agora.Generators.Model;

/// <summary>What the compilation's Microsoft.Extensions.Http offers the services registration.</summary>
/// <param name="IsReferenced">Whether <c>AddHttpClient</c> exists at all.</param>
/// <param name="CanRedactLoggedHeaders">Whether <c>RedactLoggedHeaders</c> exists, to keep credentials out of its logs.</param>
/// <param name="CanConfigurePrimaryHandler">
/// Whether <c>ConfigurePrimaryHttpMessageHandler(Action&lt;HttpMessageHandler, IServiceProvider&gt;)</c> exists (8.0 on),
/// to leave redirects to the generated client.
/// </param>
internal sealed record HttpClientFactorySupport(bool IsReferenced, bool CanRedactLoggedHeaders, bool CanConfigurePrimaryHandler)
{
    public const string FactoryExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
    public const string BuilderExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions";

    public static HttpClientFactorySupport Of(Microsoft.CodeAnalysis.Compilation compilation)
    {
        bool referenced = compilation.GetTypeByMetadataName(FactoryExtensions) is not null;
        Microsoft.CodeAnalysis.INamedTypeSymbol? builder = referenced ? compilation.GetTypeByMetadataName(BuilderExtensions) : null;
        bool canRedact = builder is not null && !builder.GetMembers("RedactLoggedHeaders").IsEmpty;
        bool canConfigurePrimary = builder is not null && builder.GetMembers("ConfigurePrimaryHttpMessageHandler").Any(member =>
            member is Microsoft.CodeAnalysis.IMethodSymbol { Parameters.Length: 2 } method
            && method.Parameters[1].Type is Microsoft.CodeAnalysis.INamedTypeSymbol { Name: "Action", TypeArguments.Length: 2 });
        return new HttpClientFactorySupport(referenced, canRedact, canConfigurePrimary);
    }
}
