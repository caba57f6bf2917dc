using System;
using System.Collections.Generic;
using System.Linq;
using Agora.Generators.Declarations;
using Agora.Generators.Diagnostics;
using Agora.Generators.Helpers;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>Binds a method's parameters to route holes, query keys, headers, the body and cancellation.</summary>
internal sealed class ParameterBinding
{
    private readonly ApiMember _member;
    private readonly IReadOnlyList<string> _holes;
    private readonly Location _fallbackLocation;
    private readonly KnownTypes _known;
    private readonly EnumFormatterRegistry? _enums;
    private readonly IDeclarationProblemSink _sink;

    private ParameterBinding(ApiMember member, IReadOnlyList<string> holes, Location fallbackLocation, KnownTypes known, EnumFormatterRegistry? enums, IDeclarationProblemSink sink)
    {
        _member = member;
        _holes = holes;
        _fallbackLocation = fallbackLocation;
        _known = known;
        _enums = enums;
        _sink = sink;
    }

    /// <summary>
    /// A binding of <paramref name="member"/>'s parameters to <paramref name="holes"/>. With <paramref name="enums"/> it
    /// writes code (type and default-value text, enum formatters); without, it only finds the same problems, cheaply:
    /// the formatters cost the analyzers more than all their checks together.
    /// </summary>
    /// <param name="fallbackLocation">Where a problem without a parameter (a hole nothing binds) shows.</param>
    public static ParameterBinding For(
        ApiMember member, IReadOnlyList<string> holes, Location fallbackLocation, KnownTypes known, EnumFormatterRegistry? enums, IDeclarationProblemSink sink) =>
        new(member, holes, fallbackLocation, known, enums, sink);

    private bool WritesCode => _enums is not null;

    public List<ParameterSpec> Parameters { get; } = new();

    public List<string> HeaderParameterNames { get; } = new();

    public BodySpec? Body { get; private set; }

    public string? CancellationTokenName { get; private set; }

    public void Bind(IParameterSymbol parameter)
    {
        string typeText = WritesCode ? TypeText.Of(parameter.Type) : string.Empty;
        string identifier = CSharpText.Identifier(parameter.Name);
        string modifier = Modifier(parameter);
        var spec = new ParameterSpec(
            parameter.Name, identifier, typeText, modifier, WritesCode ? CSharpText.DefaultValue(parameter, typeText) : null, ParameterRole.Unbound, null, null);

        if (modifier.Length > 0)
        {
            Report(DeclarationRules.ByReferenceParameter, parameter, $"parameter '{parameter.Name}' is declared '{modifier.Trim()}'; REST parameters are passed by value");
            Parameters.Add(spec);
            return;
        }

        AttributeData? query = Find(parameter, _known.Query);
        AttributeData? header = Find(parameter, _known.Header);
        AttributeData? body = Find(parameter, _known.Body);
        AttributeData? path = Find(parameter, _known.Path);
        int bindings = (query is null ? 0 : 1) + (header is null ? 0 : 1) + (body is null ? 0 : 1) + (path is null ? 0 : 1);
        if (bindings > 1)
        {
            Report(DeclarationRules.MalformedBinding, parameter, $"parameter '{parameter.Name}' has more than one of [Query], [Header], [Body] and [Path]; keep one");
        }

        if (KnownTypes.Is(parameter.Type, _known.CancellationToken))
        {
            if (CancellationTokenName is not null)
            {
                Report(DeclarationRules.SeveralCancellationTokens, parameter, "it has more than one CancellationToken parameter");
            }

            CancellationTokenName = identifier;
            Parameters.Add(spec with { Role = ParameterRole.CancellationToken });
        }
        else if (body is not null)
        {
            BindBody(parameter, spec, identifier, typeText);
        }
        else if (query is not null)
        {
            string name = StringArgument(query) ?? parameter.Name;
            if (name.Length == 0)
            {
                Report(DeclarationRules.MalformedBinding, parameter, $"the [Query] name of parameter '{parameter.Name}' is empty");
            }

            Parameters.Add(spec with { Role = ParameterRole.Query, BindingName = name, Format = Format(parameter, allowCollection: true) });
        }
        else if (header is not null)
        {
            BindHeader(parameter, header, spec);
        }
        else
        {
            string hole = (path is null ? null : StringArgument(path)) ?? parameter.Name;
            string? matched = _holes.FirstOrDefault(h => string.Equals(h, hole, StringComparison.OrdinalIgnoreCase));
            if (matched is null)
            {
                Report(
                    path is null ? DeclarationRules.UnboundParameter : DeclarationRules.UnmatchedRouteHole,
                    parameter,
                    path is null
                        ? $"parameter '{parameter.Name}' is bound to nothing; mark it [Query], [Header] or [Body], or add a {{{parameter.Name}}} hole to the route"
                        : $"parameter '{parameter.Name}' is bound by [Path] to '{{{hole}}}', which the route does not contain");
                Parameters.Add(spec);
                return;
            }

            if (Parameters.Any(p => p.Role == ParameterRole.Path && string.Equals(p.BindingName, matched, StringComparison.OrdinalIgnoreCase)))
            {
                Report(DeclarationRules.UnmatchedRouteHole, parameter, $"more than one parameter binds to the route hole '{{{matched}}}'");
            }

            Parameters.Add(spec with { Role = ParameterRole.Path, BindingName = matched, Format = Format(parameter, allowCollection: false) });
        }
    }

    public void RequireEveryHoleBound()
    {
        foreach (string hole in _holes)
        {
            if (!Parameters.Any(p => p.Role == ParameterRole.Path && string.Equals(p.BindingName, hole, StringComparison.OrdinalIgnoreCase)))
            {
                Report(DeclarationRules.UnmatchedRouteHole, null, $"the route hole '{{{hole}}}' has no parameter; add a parameter named '{hole}' or mark one [Path(\"{hole}\")]");
            }
        }
    }

    private void BindBody(IParameterSymbol parameter, ParameterSpec spec, string identifier, string typeText)
    {
        if (Body is not null)
        {
            Report(DeclarationRules.SeveralBodies, parameter, "it has more than one [Body] parameter");
        }

        ITypeSymbol type = parameter.Type;
        BodyKind kind = type.SpecialType == SpecialType.System_String ? BodyKind.Text
            : ReturnClassifier.IsByteArray(type) ? BodyKind.Bytes
            : DerivesFrom(type, _known.Stream) ? BodyKind.Stream
            : DerivesFrom(type, _known.HttpContent) ? BodyKind.HttpContent
            : BodyKind.Json;
        if (kind == BodyKind.Json && type.TypeKind is TypeKind.TypeParameter or TypeKind.Error or TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            Report(DeclarationRules.MalformedBinding, parameter, $"the body type {type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)} is not a concrete type that can be serialized");
        }

        Body ??= new BodySpec(identifier, kind, typeText);
        Parameters.Add(spec with { Role = ParameterRole.Body });
    }

    private void BindHeader(IParameterSymbol parameter, AttributeData header, ParameterSpec spec)
    {
        if (header.ConstructorArguments.Length != 1)
        {
            Report(DeclarationRules.MalformedBinding, parameter, $"[Header] on parameter '{parameter.Name}' takes only the header name; the value is the argument");
        }

        string name = StringArgument(header) ?? string.Empty;
        string? nameProblem = HeaderRules.ValidateName(name);
        if (nameProblem is not null)
        {
            Report(DeclarationRules.InvalidHeader, parameter, nameProblem);
        }

        if (HeaderParameterNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            Report(DeclarationRules.MalformedBinding, parameter, $"more than one parameter sets the header '{name}'");
        }

        HeaderParameterNames.Add(name);
        Parameters.Add(spec with { Role = ParameterRole.Header, BindingName = name, Format = Format(parameter, allowCollection: false) });
    }

    // Shown at the parameter, except in an inherited member, whose problems show on the API that inherits it.
    private void Report(DiagnosticDescriptor rule, IParameterSymbol? parameter, string detail)
    {
        Location location = parameter is not null && !_member.IsInherited ? ApiMember.LocationOf(parameter) : _fallbackLocation;
        _sink.Report(new DeclarationProblem(rule, _member.Symbol, location, false, _member.DisplayName, detail));
    }

    private ValueFormatSpec? Format(IParameterSymbol parameter, bool allowCollection)
    {
        ValueFormatSpec? format = ValueFormatter.Classify(parameter.Type, _known, _enums, allowCollection, out string? reason);
        if (reason is not null)
        {
            Report(DeclarationRules.MalformedBinding, parameter, $"parameter '{parameter.Name}': {reason}");
        }

        return format;
    }

    private static AttributeData? Find(IParameterSymbol parameter, INamedTypeSymbol? attributeType) =>
        parameter.GetAttributes().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, attributeType));

    private static string? StringArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length >= 1 ? attribute.ConstructorArguments[0].Value as string : null;

    private static string Modifier(IParameterSymbol parameter)
    {
        if (parameter.IsParams)
        {
            return "params ";
        }

        return parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            RefKind.None => string.Empty,
            _ => "ref readonly ",
        };
    }

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
