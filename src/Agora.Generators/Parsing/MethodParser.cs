using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Agora.Generators.Declarations;
using Agora.Generators.Helpers;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>
/// Reads one interface method into its spec: HTTP method and route, auth scheme, parameter bindings and return shape,
/// as <see cref="MethodChecker"/> found them. The first problem that stops generation becomes
/// <see cref="MethodSpec.UnsupportedReason"/>, in the words the analyzer shows.
/// </summary>
internal static class MethodParser
{
    /// <param name="member">The method, as the member walk found it.</param>
    /// <param name="isExplicit">Whether the client implements it explicitly (a clash of names or signatures).</param>
    /// <param name="known">The compilation's Agora and framework types.</param>
    /// <param name="enums">Where enum formatters are collected.</param>
    /// <param name="problems">The member's problems so far (what kind of member it is), and where the rest go.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static MethodSpec Parse(ApiMember member, bool isExplicit, KnownTypes known, EnumFormatterRegistry enums, FirstProblem problems, CancellationToken cancellationToken)
    {
        var method = (IMethodSymbol)member.Symbol;
        MethodFacts facts = MethodChecker.Check(member, known, enums, problems, cancellationToken);
        ParameterBinding binding = facts.Binding;
        string? reason = problems.Found?.Message;
        bool writesDefaults = !isExplicit && reason is null;
        var parameters = binding.Parameters
            .Select(p => writesDefaults ? p : p with { DefaultValue = null })
            .ToEquatableArray();

        return new MethodSpec(
            Name: method.Name,
            ReturnType: TypeText.Of(method.ReturnType),
            DeclaringInterface: TypeText.Of(member.Declaring),
            IsExplicit: isExplicit || reason is not null,
            IsStatic: method.IsStatic,
            TypeParameters: method.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(t => CSharpText.Identifier(t.Name))) + ">",
            TypeParameterConstraints: TypeText.ExplicitImplementationConstraints(method),
            Parameters: parameters,
            UnsupportedReason: reason is null ? null : $"{member.Declaring.Name}.{method.Name} cannot be generated: {reason}.",
            HttpMethod: facts.HttpMethod,
            RouteTemplate: facts.RouteText ?? string.Empty,
            Route: RouteSegments(facts.Route, binding),
            AuthScheme: facts.Effective.AuthScheme ?? AuthScheme.None,
            Return: facts.Returns ?? new ReturnSpec(ReturnKind.None, false, null),
            StaticHeaders: facts.StaticHeaders.ToEquatableArray(),
            Body: binding.Body,
            CancellationTokenName: binding.CancellationTokenName,
            IsIdempotent: method.GetAttributes().Any(a => KnownTypes.Is(a.AttributeClass, known.Idempotent)));
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
