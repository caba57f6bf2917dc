using System;
using Agora.Generators.Diagnostics;
using Agora.Generators.Emitting;
using Agora.Generators.Incremental;
using Agora.Generators.Model;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Generators;

/// <summary>
/// Turns every <c>[AgoraApi]</c> partial interface into a sealed <c>&lt;Name&gt;Client</c>. Reports no declaration
/// diagnostics (the analyzers do, from the same checker), so that its cached output never holds locations: a
/// declaration it cannot implement gets a client whose affected members throw <see cref="System.NotSupportedException"/>
/// saying why, and a declaration that admits no client class at all gets none. Only its own failure is reported
/// (AGR9001, without a location), rather than leaving the user with a client that silently is not there.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AgoraClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ParseOutcome> outcomes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.AgoraApiAttribute,
                static (node, _) => node is InterfaceDeclarationSyntax,
                static (attributeContext, cancellationToken) => ParseSafely(attributeContext, cancellationToken));

        IncrementalValuesProvider<ClientSpec> clients = outcomes
            .Where(static outcome => outcome.Spec is not null)
            .Select(static (outcome, _) => outcome.Spec!)
            .WithTrackingName(TrackingNames.Clients);

        IncrementalValuesProvider<GeneratorFailure> failures = outcomes
            .Where(static outcome => outcome.Failure is not null)
            .Select(static (outcome, _) => outcome.Failure!);
        context.RegisterSourceOutput(failures, static (output, failure) => output.ReportDiagnostic(Describe(failure)));

        // The record is equal across edits, so the steps below it stay cached.
        IncrementalValueProvider<HttpClientFactorySupport> httpClientFactory = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => HttpClientFactorySupport.For(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencesHttpClientFactory);

        context.RegisterSourceOutput(clients, static (output, spec) => AddSourceSafely(output, spec.HintName, ClientEmitter.Emit(spec)));

        IncrementalValuesProvider<(ClientSpec Client, HttpClientFactorySupport Factory)> registrations = clients
            .Combine(httpClientFactory)
            .Where(static pair => pair.Right.IsReferenced && pair.Left.CanRegisterServices)
            .WithTrackingName(TrackingNames.ServiceRegistrations);

        context.RegisterSourceOutput(registrations, static (output, pair) =>
            AddSourceSafely(output, ServicesEmitter.HintName(pair.Client), ServicesEmitter.Emit(pair.Client, pair.Factory)));
    }

    private static void AddSourceSafely(SourceProductionContext output, string hintName, string source)
    {
        try
        {
            output.AddSource(hintName, source);
        }
        catch (ArgumentException)
        {
            // Hint names are unique per interface; should two ever meet (a partial declaration seen twice
            // in broken code), dropping the second beats failing the build with CS8785.
        }
    }

    private static ParseOutcome ParseSafely(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol api)
        {
            return ParseOutcome.Nothing;
        }

        Compilation compilation = context.SemanticModel.Compilation;
        return ParseMemo.GetOrParse(context.TargetNode, DeclarationFingerprint.Of(compilation, cancellationToken), () =>
            ParseOutcome.Of(api.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), () => ApiParser.Parse(api, compilation, cancellationToken)));
    }

    /// <summary>The warning for a failure of the generator's own; it has no location, since cached outputs hold none.</summary>
    internal static Diagnostic Describe(GeneratorFailure failure) =>
        Diagnostic.Create(GeneratorRules.InternalError, Location.None, failure.InterfaceName, failure.ExceptionType, failure.Message);
}

/// <summary>Names of the pipeline steps, for incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>Parsed client specs.</summary>
    public const string Clients = nameof(Clients);

    /// <summary>What the compilation's Microsoft.Extensions.Http offers.</summary>
    public const string ReferencesHttpClientFactory = nameof(ReferencesHttpClientFactory);

    /// <summary>Clients that get a services registration.</summary>
    public const string ServiceRegistrations = nameof(ServiceRegistrations);
}
