using System;
using System.Collections.Immutable;
using System.Linq;
using Agora.Generators.Model;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Security;

/// <summary>
/// AGR0004: an [AgoraApi] base address that is not https (or http to a loopback host) while any method
/// sends credentials. The address itself is never printed: it could hold user information.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaseAddressAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecurityRules.InsecureBaseAddress);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownTypes.For(start.Compilation);
            if (known.AgoraApi is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => Analyze(symbol, known), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } api)
        {
            return;
        }

        AttributeData? agoraApi = api.GetAttributes().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, known.AgoraApi));
        if (agoraApi is null || agoraApi.ConstructorArguments.Length != 1 || agoraApi.ConstructorArguments[0].Value is not string address)
        {
            return;
        }

        string? problem = Problem(address);
        if (problem is null || !SendsCredentials(api, known))
        {
            return;
        }

        Location location = agoraApi.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation()
            ?? api.Locations.FirstOrDefault() ?? Location.None;
        context.ReportDiagnostic(Diagnostic.Create(SecurityRules.InsecureBaseAddress, location, api.Name, problem));
    }

    /// <summary>What is wrong with the address, in words that do not repeat it; <see langword="null"/> when it is fine.</summary>
    internal static string? Problem(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out Uri? uri))
        {
            return "is not an absolute URI";
        }

        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp ? "uses plain http to a host that is not loopback" : $"uses the '{uri.Scheme}' scheme";
    }

    private static bool SendsCredentials(INamedTypeSymbol api, KnownTypes known)
    {
        AttributeContext declared = AttributeContext.For(api, known);
        foreach (IMethodSymbol method in api.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && !m.IsStatic))
        {
            AuthScheme? scheme = AttributeContext.For(method, known).Under(declared).AuthScheme;
            if (scheme is not null and not AuthScheme.None)
            {
                return true;
            }
        }

        return false;
    }
}
