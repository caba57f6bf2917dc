using System;
using Agora.Generators.Emitting;
using Agora.Generators.Model;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Generators;

/// <summary>
/// Turns every <c>[AgoraApi]</c> partial interface into a sealed <c>&lt;Name&gt;Client</c>. Reports no
/// diagnostics: the analyzers re-validate declarations, so caching holds and <c>#pragma</c> works.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AgoraClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ClientSpec> clients = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.AgoraApiAttribute,
                static (node, _) => node is InterfaceDeclarationSyntax,
                static (attributeContext, cancellationToken) => ParseSafely(attributeContext, cancellationToken))
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Clients);

        IncrementalValueProvider<bool> referencesHttpClientFactory = context.CompilationProvider
            .Select(static (compilation, _) =>
                compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null)
            .WithTrackingName(TrackingNames.ReferencesHttpClientFactory);

        context.RegisterSourceOutput(clients, static (output, spec) => output.AddSource(spec.HintName, ClientEmitter.Emit(spec)));

        IncrementalValuesProvider<ClientSpec> registrations = clients
            .Combine(referencesHttpClientFactory)
            .Where(static pair => pair.Right && pair.Left.CanRegisterServices)
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.ServiceRegistrations);

        context.RegisterSourceOutput(registrations, static (output, spec) => output.AddSource(ServicesEmitter.HintName(spec), ServicesEmitter.Emit(spec)));
    }

    private static ClientSpec? ParseSafely(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol api)
        {
            return null;
        }

        try
        {
            return ApiParser.Parse(api, context.SemanticModel.Compilation, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Half-typed code must never break the build through the generator; the analyzers report
            // what is wrong with the declaration, and the missing client shows where.
            return null;
        }
    }
}

/// <summary>Names of the pipeline steps, for incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>Parsed client specs.</summary>
    public const string Clients = nameof(Clients);

    /// <summary>Whether the compilation references Microsoft.Extensions.Http.</summary>
    public const string ReferencesHttpClientFactory = nameof(ReferencesHttpClientFactory);

    /// <summary>Clients that get a services registration.</summary>
    public const string ServiceRegistrations = nameof(ServiceRegistrations);
}
