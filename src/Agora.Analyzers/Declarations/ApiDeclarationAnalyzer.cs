using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Agora.Analyzers.Declarations;

/// <summary>
/// Reports what is wrong with an [AgoraApi] interface, with the generator's own rules (attribute discovery,
/// auth scheme resolution, route templates), so that the generator itself can stay silent and cacheable
/// while <c>#pragma</c> and <c>.editorconfig</c> still work on every rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApiDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DeclarationRules.InterfaceNotPartial,
        DeclarationRules.NoAuthScheme,
        DeclarationRules.SeveralAuthSchemes,
        DeclarationRules.NoHttpMethod,
        DeclarationRules.SeveralHttpMethods,
        DeclarationRules.InvalidRoute,
        DeclarationRules.GenericInterface,
        DeclarationRules.ContainerNotPartial,
        DeclarationRules.NotAMethod,
        DeclarationRules.GenericMethod,
        DeclarationRules.UnboundParameter,
        DeclarationRules.ByReferenceParameter,
        DeclarationRules.UnmatchedRouteHole,
        DeclarationRules.SeveralBodies,
        DeclarationRules.SeveralCancellationTokens);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Resolved once per compilation; nothing is kept in fields.
            var known = new KnownTypes(start.Compilation);
            if (known.AgoraApi is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeInterface(symbol, known), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeInterface(SymbolAnalysisContext context, KnownTypes known)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } api
            || !api.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.AgoraApi)))
        {
            return;
        }

        ReportNotPartial(context, api);
        ReportShape(context, api);
        AttributeContext interfaceContext = AttributeContext.For(api, known);
        ReportSeveralSchemes(context, api, interfaceContext);

        foreach (ISymbol member in api.GetMembers())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol or IEventSymbol && !member.IsStatic)
            {
                string kind = member is IPropertySymbol { IsIndexer: true } ? "indexer" : member is IPropertySymbol ? "property" : "event";
                context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.NotAMethod, NameLocation(member), member.Name, kind));
            }
        }

        foreach (IMethodSymbol method in api.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (method.IsStatic)
            {
                continue;
            }

            if (method.IsGenericMethod)
            {
                context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.GenericMethod, NameLocation(method), method.Name));
            }

            AttributeContext methodContext = AttributeContext.For(method, known);
            ReportSeveralSchemes(context, method, methodContext);
            if (methodContext.AuthScheme is null && methodContext.AuthError is null
                && interfaceContext.AuthScheme is null && interfaceContext.AuthError is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.NoAuthScheme, NameLocation(method), method.Name));
            }

            ReportHttpMethod(context, method, known);
        }
    }

    private static void ReportNotPartial(SymbolAnalysisContext context, INamedTypeSymbol api)
    {
        foreach (SyntaxReference reference in api.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is InterfaceDeclarationSyntax declaration
                && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.InterfaceNotPartial, declaration.Identifier.GetLocation(), api.Name));
            }
        }
    }

    private static void ReportShape(SymbolAnalysisContext context, INamedTypeSymbol api)
    {
        if (api.Arity > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.GenericInterface, NameLocation(api), api.Name));
        }

        for (INamedTypeSymbol? container = api.ContainingType; container is not null; container = container.ContainingType)
        {
            foreach (SyntaxReference reference in container.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.ContainerNotPartial, declaration.Identifier.GetLocation(), container.Name, api.Name));
                }
            }
        }
    }

    private static void ReportSeveralSchemes(SymbolAnalysisContext context, ISymbol target, AttributeContext declared)
    {
        if (declared.DeclaredSchemeCount > 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.SeveralAuthSchemes, NameLocation(target), target.Name, declared.DeclaredSchemeCount));
        }
    }

    private static void ReportHttpMethod(SymbolAnalysisContext context, IMethodSymbol method, KnownTypes known)
    {
        List<HttpMethodAttribute> verbs = HttpMethodAttribute.On(method, known);
        if (verbs.Count == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.NoHttpMethod, NameLocation(method), method.Name));
            return;
        }

        if (verbs.Count > 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.SeveralHttpMethods, AttributeLocation(verbs[1].Attribute, method), method.Name, verbs.Count));
        }

        RouteTemplate route = RouteTemplate.Parse(verbs[0].Route);
        if (route.Error is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.InvalidRoute, AttributeLocation(verbs[0].Attribute, method), method.Name, route.Error));
            return;
        }

        ReportBindings(context, method, route, verbs[0].Attribute, known);
    }

    // The generator's own binding pass, run for its located problems.
    private static void ReportBindings(SymbolAnalysisContext context, IMethodSymbol method, RouteTemplate route, AttributeData verb, KnownTypes known)
    {
        var holes = route.Parts.Where(p => p.IsHole).Select(p => p.Text).ToList();
        var binding = new ParameterBinding(holes, known, new EnumFormatterRegistry(known), new List<string>());
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            binding.Bind(parameter);
        }

        binding.RequireEveryHoleBound();
        foreach (BindingProblem problem in binding.Located)
        {
            DiagnosticDescriptor rule = problem.RuleId switch
            {
                BindingProblem.Unbound => DeclarationRules.UnboundParameter,
                BindingProblem.ByReference => DeclarationRules.ByReferenceParameter,
                BindingProblem.UnmatchedHole => DeclarationRules.UnmatchedRouteHole,
                BindingProblem.SeveralBodies => DeclarationRules.SeveralBodies,
                _ => DeclarationRules.SeveralCancellationTokens,
            };
            Location location = problem.Parameter is { } parameter ? NameLocation(parameter) : AttributeLocation(verb, method);
            context.ReportDiagnostic(Diagnostic.Create(rule, location, method.Name, problem.Message));
        }
    }

    private static Location NameLocation(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? Location.None;

    private static Location AttributeLocation(AttributeData attribute, ISymbol fallback) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? NameLocation(fallback);
}
