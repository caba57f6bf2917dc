using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Agora.Generators.Diagnostics;
using Agora.Generators.Model;
using Agora.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Generators.Declarations;

/// <summary>What <see cref="MethodChecker"/> read off a method, for the generator to build its spec from.</summary>
internal sealed class MethodFacts
{
    public MethodFacts(string httpMethod, string? routeText, RouteTemplate route, ReturnSpec? returns, AttributeContext effective, ParameterBinding binding)
    {
        HttpMethod = httpMethod;
        RouteText = routeText;
        Route = route;
        Returns = returns;
        Effective = effective;
        Binding = binding;
    }

    /// <summary>The verb of the first HTTP method attribute (<c>Get</c> when there is none).</summary>
    public string HttpMethod { get; }

    public string? RouteText { get; }

    public RouteTemplate Route { get; }

    public ReturnSpec? Returns { get; }

    /// <summary>The auth scheme and static headers in effect: the method's, else its interface's, else the API's.</summary>
    public AttributeContext Effective { get; }

    public ParameterBinding Binding { get; }

    /// <summary>The static headers a request carries: those in effect, less the ones a parameter sets.</summary>
    public List<HeaderSpec> StaticHeaders => Effective.Headers
        .Where(h => !Binding.HeaderParameterNames.Contains(h.Name, System.StringComparer.OrdinalIgnoreCase))
        .ToList();
}

/// <summary>The rules for one instance method, in the order the generator ranks them (its first error explains the stub).</summary>
internal static class MethodChecker
{
    /// <param name="member">The method, as the walk found it.</param>
    /// <param name="known">The compilation's Agora and framework types.</param>
    /// <param name="enums">Where the generator collects enum formatters; <see langword="null"/> when only checking.</param>
    /// <param name="sink">Where the problems go.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public static MethodFacts Check(ApiMember member, KnownTypes known, EnumFormatterRegistry? enums, IDeclarationProblemSink sink, CancellationToken cancellationToken)
    {
        var method = (IMethodSymbol)member.Symbol;
        string name = member.DisplayName;
        AttributeContext own = AttributeContext.For(method, known);
        AttributeContext effective = own.Under(member.Context);

        List<HttpMethodAttribute> verbs = HttpMethodAttribute.On(method, known);
        RouteTemplate route = RouteTemplate.Parse(verbs.Count == 0 ? null : verbs[0].Route);
        if (verbs.Count == 0)
        {
            sink.Report(new DeclarationProblem(DeclarationRules.NoHttpMethod, method, member.Location, false, name));
        }
        else
        {
            if (verbs.Count > 1)
            {
                sink.Report(new DeclarationProblem(DeclarationRules.SeveralHttpMethods, method, AttributeLocation(member, verbs[1].Attribute, cancellationToken), false, name, verbs.Count));
            }

            if (route.Error is not null)
            {
                sink.Report(new DeclarationProblem(DeclarationRules.InvalidRoute, method, AttributeLocation(member, verbs[0].Attribute, cancellationToken), false, name, route.Error));
            }
        }

        if (method.IsGenericMethod)
        {
            sink.Report(new DeclarationProblem(DeclarationRules.GenericMethod, method, member.Location, false, name));
        }

        ReturnSpec? returns = ReturnClassifier.Classify(method.ReturnType, known, out string? returnProblem);
        if (returnProblem is not null)
        {
            // The compiler reports unresolved types, and AGR1007/AGR1010 type parameters; the stub still needs a reason.
            bool shownElsewhere = method.ReturnType.TypeKind == TypeKind.Error || MentionsTypeParameter(method.ReturnType);
            sink.Report(new DeclarationProblem(DeclarationRules.UnsupportedReturnType, method, ReturnTypeLocation(member, method, cancellationToken), shownElsewhere, name, returnProblem));
        }

        CheckAuthAndHeaders(member, own, sink);

        // Bindings are checked against the route only once the route itself stands; before that they would only add noise.
        bool routeStands = verbs.Count > 0 && route.Error is null;
        IDeclarationProblemSink bindingSink = routeStands ? sink : new SilentSink(sink);
        Location fallback = verbs.Count > 0 ? AttributeLocation(member, verbs[0].Attribute, cancellationToken) : member.Location;
        ParameterBinding binding = ParameterBinding.For(member, route.Parts.Where(p => p.IsHole).Select(p => p.Text).ToList(), fallback, known, enums, bindingSink);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            binding.Bind(parameter);
        }

        binding.RequireEveryHoleBound();
        if (routeStands && binding.Body is not null && verbs[0].Verb is "Get" or "Head"
            && method.Parameters.FirstOrDefault(p => p.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.Body))) is { } body)
        {
            Location location = member.IsInherited ? member.Location : ApiMember.LocationOf(body);
            sink.Report(new DeclarationProblem(DeclarationRules.BodyWithoutPayloadMethod, method, location, false, name, verbs[0].Verb.ToUpperInvariant()));
        }

        // The auth scheme writes these headers itself; a static or parameter header of the same name is a mistake.
        if ((effective.AuthScheme ?? AuthScheme.None) != AuthScheme.None)
        {
            string? credential = effective.Headers.Select(h => h.Name).Concat(binding.HeaderParameterNames).FirstOrDefault(HeaderRules.IsCredentialHeader);
            if (credential is not null)
            {
                sink.Report(new DeclarationProblem(
                    DeclarationRules.InvalidHeader, method, member.Location, false, name,
                    $"the header '{credential}' is set by the auth scheme; remove it, or use [NoAuth] to send credentials yourself"));
            }
        }

        return new MethodFacts(verbs.Count == 0 ? "Get" : verbs[0].Verb, verbs.Count == 0 ? null : verbs[0].Route, route, returns, effective, binding);
    }

    // Each declaration in the chain (the method, a base interface that declares it, the API) is checked for several
    // schemes where the scheme is decided, and for a bad static header wherever one is. The method's problems are
    // reported here; a base interface's and the API's are reported once each (DeclarationChecker), and here only
    // explain the stub.
    private static void CheckAuthAndHeaders(ApiMember member, AttributeContext own, IDeclarationProblemSink sink)
    {
        var chain = new List<(AttributeContext Declared, string Name, bool ReportedElsewhere)> { (own, member.DisplayName, false) };
        if (member.IsInherited)
        {
            chain.Add((member.DeclaringDeclared, member.Declaring.Name, true));
        }

        chain.Add((member.ApiDeclared, member.Api.Name, true));
        bool schemeDecided = false;
        foreach ((AttributeContext declared, string name, bool reportedElsewhere) in chain)
        {
            if (!schemeDecided && declared.HasOwnSchemeConflict)
            {
                sink.Report(new DeclarationProblem(DeclarationRules.SeveralAuthSchemes, member.Symbol, member.Location, reportedElsewhere, name, declared.DeclaredSchemeCount));
            }

            schemeDecided |= declared.DeclaredSchemeCount > 0;
            if (declared.HeaderError is not null)
            {
                sink.Report(new DeclarationProblem(DeclarationRules.InvalidHeader, member.Symbol, member.Location, reportedElsewhere, name, declared.HeaderError));
            }
        }

        if (!schemeDecided)
        {
            sink.Report(new DeclarationProblem(DeclarationRules.NoAuthScheme, member.Symbol, member.Location, false, member.DisplayName));
        }
    }

    private static Location AttributeLocation(ApiMember member, AttributeData attribute, CancellationToken cancellationToken) =>
        member.IsInherited ? member.Location : attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? member.Location;

    private static Location ReturnTypeLocation(ApiMember member, IMethodSymbol method, CancellationToken cancellationToken) =>
        !member.IsInherited && method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration
            ? declaration.ReturnType.GetLocation()
            : member.Location;

    private static bool MentionsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => MentionsTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(MentionsTypeParameter),
        _ => false,
    };

    /// <summary>Passes problems on as shown elsewhere: they still explain the stub, but the analyzer keeps quiet.</summary>
    private sealed class SilentSink : IDeclarationProblemSink
    {
        private readonly IDeclarationProblemSink _inner;

        public SilentSink(IDeclarationProblemSink inner) => _inner = inner;

        public void Report(DeclarationProblem problem) =>
            _inner.Report(new DeclarationProblem(problem.Rule, problem.Subject, problem.Location, reportedElsewhere: true, problem.Arguments));
    }
}
