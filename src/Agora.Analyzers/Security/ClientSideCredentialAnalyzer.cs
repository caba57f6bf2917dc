using System.Collections.Immutable;
using System.Linq;
using Agora.Analyzers.Security.ClientSide;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security;

/// <summary>
/// AGR0003: server credentials in an app that ships to end-user devices — HTTP Basic credentials, an App
/// Certificate, token building, or an Agora API declared with [BasicAuth]. Whatever the app holds, its users
/// can extract, however it is read (configuration included), so every use is reported, not only constants.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientSideCredentialAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecurityRules.ServerCredentialsInClientApp);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            string? platform = ClientPlatform.Detect(start.Compilation, start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            if (platform is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeCall(c, platform), OperationKind.Invocation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, platform), OperationKind.SimpleAssignment);

            var known = KnownTypes.For(start.Compilation);
            if (known.AgoraApi is not null && known.BasicAuth is not null)
            {
                start.RegisterSymbolAction(c => AnalyzeApi(c, platform, known), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeCall(OperationAnalysisContext context, string platform)
    {
        (IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null)
        {
            return;
        }

        string? what = WhatItDoes(method, arguments);
        if (what is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(SecurityRules.ServerCredentialsInClientApp, context.Operation.Syntax.GetLocation(), platform, what));
        }
    }

    private static string? WhatItDoes(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (IsAgoraRest(method.ContainingType))
        {
            switch (method.Name)
            {
                case "Basic" when method.ContainingType.Name == "AgoraCredentials":
                    return "uses HTTP Basic credentials (Customer ID and Customer Secret)";
                case "AddAgoraTokenProvider":
                    return "builds tokens with the App Certificate";
                case "AddAgoraCredentials":
                    return "binds HTTP Basic credentials (Customer ID and Customer Secret)";
            }
        }

        IArgumentOperation? secret = arguments.FirstOrDefault(a =>
            a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter is { } p && AgoraSecretMarker.IsOn(p));
        return secret is null ? null : $"passes a server secret ('{secret.Parameter!.Name}') to {method.ContainingType?.Name}.{(method.MethodKind == MethodKind.Constructor ? "new" : method.Name)}";
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, string platform)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        ISymbol? member = assignment.Target switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (member is not null && AgoraSecretMarker.IsOn(member))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                SecurityRules.ServerCredentialsInClientApp, assignment.Syntax.GetLocation(), platform, $"sets the server secret '{member.Name}'"));
        }
    }

    // An [AgoraApi] interface declared with [BasicAuth] (on itself or a method) needs the Customer Secret at run time.
    private static void AnalyzeApi(SymbolAnalysisContext context, string platform, KnownTypes known)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } api
            || !api.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.AgoraApi)))
        {
            return;
        }

        foreach (ISymbol symbol in api.GetMembers().OfType<IMethodSymbol>().Cast<ISymbol>().Prepend(api))
        {
            AttributeData? basic = symbol.GetAttributes().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, known.BasicAuth));
            if (basic?.ApplicationSyntaxReference is { } reference)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    SecurityRules.ServerCredentialsInClientApp,
                    reference.GetSyntax(context.CancellationToken).GetLocation(),
                    platform,
                    $"declares '{symbol.Name}' with [BasicAuth], which sends the Customer Secret"));
            }
        }
    }

    private static bool IsAgoraRest(INamedTypeSymbol? type)
    {
        for (INamespaceSymbol? ns = type?.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Rest" && ns.ContainingNamespace is { Name: "Agora", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }
}
