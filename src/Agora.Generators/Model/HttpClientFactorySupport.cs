namespace Agora.Generators.Model;

/// <summary>What the compilation's Microsoft.Extensions.Http offers the services registration.</summary>
/// <param name="IsReferenced">Whether <c>AddHttpClient</c> exists at all.</param>
/// <param name="CanRedactLoggedHeaders">Whether <c>RedactLoggedHeaders</c> exists, to keep credentials out of its logs.</param>
internal sealed record HttpClientFactorySupport(bool IsReferenced, bool CanRedactLoggedHeaders)
{
    public const string FactoryExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
    public const string BuilderExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions";

    public static HttpClientFactorySupport Of(Microsoft.CodeAnalysis.Compilation compilation)
    {
        bool referenced = compilation.GetTypeByMetadataName(FactoryExtensions) is not null;
        bool canRedact = referenced
            && compilation.GetTypeByMetadataName(BuilderExtensions) is { } builder
            && !builder.GetMembers("RedactLoggedHeaders").IsEmpty;
        return new HttpClientFactorySupport(referenced, canRedact);
    }
}
