using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Agora.Generators.Model;
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
        DeclarationRules.SeveralCancellationTokens,
        DeclarationRules.UnsupportedReturnType,
        DeclarationRules.InvalidHeader,
        DeclarationRules.BodyWithoutPayloadMethod,
        DeclarationRules.MalformedBinding);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Resolved once per compilation; nothing is kept in fields.
            var known = KnownTypes.For(start.Compilation);
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
        ReportHeaderError(context, api, interfaceContext);

        foreach (ISymbol member in api.GetMembers())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol or IEventSymbol && !member.IsStatic)
            {
                string kind = member is IPropertySymbol { IsIndexer: true } ? "an indexer" : member is IPropertySymbol ? "a property" : "an event";
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

            ReportHeaderError(context, method, methodContext);
            ReportReturnType(context, method, known);
            ReportHttpMethod(context, method, known, methodContext.Under(interfaceContext));
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

    private static void ReportHeaderError(SymbolAnalysisContext context, ISymbol target, AttributeContext declared)
    {
        if (declared.HeaderError is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.InvalidHeader, NameLocation(target), target.Name, declared.HeaderError));
        }
    }

    private static void ReportReturnType(SymbolAnalysisContext context, IMethodSymbol method, KnownTypes known)
    {
        // Type parameters are AGR1007/AGR1010's business; unresolved types are the compiler's.
        if (method.ReturnType.TypeKind == TypeKind.Error || MentionsTypeParameter(method.ReturnType))
        {
            return;
        }

        ReturnClassifier.Classify(method.ReturnType, known, out string? problem);
        if (problem is not null)
        {
            Location location = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is MethodDeclarationSyntax declaration
                ? declaration.ReturnType.GetLocation()
                : NameLocation(method);
            context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.UnsupportedReturnType, location, method.Name, problem));
        }
    }

    private static void ReportHttpMethod(SymbolAnalysisContext context, IMethodSymbol method, KnownTypes known, AttributeContext effective)
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

        ReportBindings(context, method, route, verbs[0], known, effective);
    }

    // The generator's own binding pass, run for its located problems.
    private static void ReportBindings(SymbolAnalysisContext context, IMethodSymbol method, RouteTemplate route, HttpMethodAttribute verb, KnownTypes known, AttributeContext effective)
    {
        var holes = route.Parts.Where(p => p.IsHole).Select(p => p.Text).ToList();
        var binding = ParameterBinding.ForDiagnostics(holes, known);
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
                BindingProblem.SeveralCancellationTokens => DeclarationRules.SeveralCancellationTokens,
                BindingProblem.InvalidHeader => DeclarationRules.InvalidHeader,
                _ => DeclarationRules.MalformedBinding,
            };
            Location location = problem.Parameter is { } parameter ? NameLocation(parameter) : AttributeLocation(verb.Attribute, method);
            context.ReportDiagnostic(Diagnostic.Create(rule, location, method.Name, problem.Message));
        }

        if (binding.Body is not null && verb.Verb is "Get" or "Head"
            && method.Parameters.FirstOrDefault(p => p.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.Body))) is { } body)
        {
            context.ReportDiagnostic(Diagnostic.Create(DeclarationRules.BodyWithoutPayloadMethod, NameLocation(body), method.Name, verb.Verb.ToUpperInvariant()));
        }

        // The auth scheme writes these headers itself; a static or parameter header of the same name is a mistake.
        if ((effective.AuthScheme ?? AuthScheme.None) != AuthScheme.None)
        {
            string? credential = effective.Headers.Select(h => h.Name).Concat(binding.HeaderParameterNames).FirstOrDefault(HeaderRules.IsCredentialHeader);
            if (credential is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DeclarationRules.InvalidHeader, NameLocation(method), method.Name,
                    $"the header '{credential}' is set by the auth scheme; remove it, or use [NoAuth] to send credentials yourself"));
            }
        }
    }

    private static bool MentionsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => MentionsTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(MentionsTypeParameter),
        _ => false,
    };

    private static Location NameLocation(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? Location.None;

    private static Location AttributeLocation(AttributeData attribute, ISymbol fallback) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? NameLocation(fallback);
}
