using System;
using System.Collections.Generic;
using System.Linq;
using Agora.Generators.Helpers;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>
/// Reads one interface method: HTTP method and route, auth scheme, parameter bindings and return shape.
/// The first problem found becomes <see cref="MethodSpec.UnsupportedReason"/>.
/// </summary>
internal static class MethodParser
{
    public static MethodSpec Parse(
        IMethodSymbol method, INamedTypeSymbol declaring, AttributeContext interfaceContext, bool isExplicit, KnownTypes known, EnumFormatterRegistry enums)
    {
        var problems = new List<string>();
        AttributeContext context = AttributeContext.For(method, known).Under(interfaceContext);

        (string httpMethod, string? routeText) = HttpMethodOf(method, known, problems);
        bool httpMethodFound = problems.Count == 0;
        RouteTemplate route = RouteTemplate.Parse(routeText);
        if (httpMethodFound && route.Error is not null)
        {
            problems.Add(route.Error);
        }

        if (method.IsGenericMethod)
        {
            problems.Add("generic methods are not supported");
        }

        if (method.IsStatic)
        {
            problems.Add("static interface members are not supported");
        }

        ReturnSpec? returns = ReturnClassifier.Classify(method.ReturnType, known, out string? returnProblem);
        if (returnProblem is not null)
        {
            problems.Add(returnProblem);
        }

        AuthScheme scheme = context.AuthScheme ?? AuthScheme.None;
        if (context.AuthError is not null)
        {
            problems.Add(context.AuthError);
        }
        else if (context.AuthScheme is null)
        {
            problems.Add("no auth scheme is declared; put [BasicAuth], [AccessToken2Auth], [AccessTokenAuth] or [NoAuth] on the interface or the method");
        }

        if (context.HeaderError is not null)
        {
            problems.Add(context.HeaderError);
        }

        var holes = route.Parts.Where(p => p.IsHole).Select(p => p.Text).ToList();
        var binding = ParameterBinding.ForCode(holes, known, enums, problems);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            binding.Bind(parameter);
        }

        binding.RequireEveryHoleBound();

        var headers = context.Headers
            .Where(h => !binding.HeaderParameterNames.Contains(h.Name, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (scheme != AuthScheme.None)
        {
            foreach (string name in headers.Select(h => h.Name).Concat(binding.HeaderParameterNames))
            {
                if (HeaderRules.IsCredentialHeader(name))
                {
                    problems.Add($"the header '{name}' is set by the auth scheme; remove it, or use [NoAuth] to send credentials yourself");
                    break;
                }
            }
        }

        string? reason = problems.Count == 0 ? null : problems[0];
        bool writesDefaults = !isExplicit && reason is null;
        var parameters = binding.Parameters
            .Select(p => writesDefaults ? p : p with { DefaultValue = null })
            .ToEquatableArray();

        return new MethodSpec(
            Name: method.Name,
            ReturnType: TypeText.Of(method.ReturnType),
            DeclaringInterface: TypeText.Of(declaring),
            IsExplicit: isExplicit || reason is not null,
            IsStatic: method.IsStatic,
            TypeParameters: method.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(t => CSharpText.Identifier(t.Name))) + ">",
            TypeParameterConstraints: TypeText.ExplicitImplementationConstraints(method),
            Parameters: parameters,
            UnsupportedReason: reason is null ? null : $"{declaring.Name}.{method.Name} cannot be generated: {reason}.",
            HttpMethod: httpMethod,
            RouteTemplate: routeText ?? string.Empty,
            Route: RouteSegments(route, binding),
            AuthScheme: scheme,
            Return: returns ?? new ReturnSpec(ReturnKind.None, false, null),
            StaticHeaders: headers.ToEquatableArray(),
            Body: binding.Body,
            CancellationTokenName: binding.CancellationTokenName,
            IsIdempotent: method.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.Idempotent)));
    }

    private static (string Method, string? Route) HttpMethodOf(IMethodSymbol method, KnownTypes known, List<string> problems)
    {
        List<HttpMethodAttribute> found = HttpMethodAttribute.On(method, known);
        if (found.Count == 0)
        {
            problems.Add("it has no HTTP method attribute; add [Get], [Post], [Put], [Patch], [Delete] or [Head] with a route");
            return ("Get", null);
        }

        if (found.Count > 1)
        {
            problems.Add("it has more than one HTTP method attribute; keep exactly one");
        }

        return (found[0].Verb, found[0].Route);
    }

    private static EquatableArray<RouteSegment> RouteSegments(RouteTemplate route, ParameterBinding binding)
    {
        var segments = new List<RouteSegment>();
        foreach ((bool isHole, string text) in route.Parts)
        {
            if (!isHole)
            {
                segments.Add(new RouteSegment(false, text, null, null));
                continue;
            }

            ParameterSpec? parameter = binding.Parameters.FirstOrDefault(
                p => p.Role == ParameterRole.Path && string.Equals(p.BindingName, text, StringComparison.OrdinalIgnoreCase));
            segments.Add(new RouteSegment(true, text, parameter?.Name, parameter?.Format));
        }

        return segments.ToEquatableArray();
    }
}
