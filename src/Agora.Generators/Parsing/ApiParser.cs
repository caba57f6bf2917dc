using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Agora.Generators.Declarations;
using Agora.Generators.Helpers;
using Agora.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Generators.Parsing;

/// <summary>
/// Reads an <c>[AgoraApi]</c> interface into a <see cref="ClientSpec"/>. Never throws on incomplete code:
/// what it cannot implement becomes a member that throws <see cref="System.NotSupportedException"/> with the reason.
/// </summary>
internal static class ApiParser
{
    // A public method with one of these names would hide (or clash with) System.Object's member.
    private static readonly HashSet<string> ObjectMemberNames = new()
    {
        "ToString", "GetHashCode", "GetType", "Equals", "Finalize", "MemberwiseClone", "ReferenceEquals",
    };

    /// <summary>The client's spec, or <see langword="null"/> when no client class can be declared at all.</summary>
    public static ClientSpec? Parse(INamedTypeSymbol api, Compilation compilation, CancellationToken cancellationToken)
    {
        // No client class can be declared for these: the analyzers report them.
        if (api.TypeKind != TypeKind.Interface || api.Arity > 0 || api.IsFileLocal
            || !AllContainingTypesArePartial(api, cancellationToken) || HasVariantContainer(api))
        {
            return null;
        }

        var known = KnownTypes.For(compilation);
        var enums = new EnumFormatterRegistry(known);
        var methods = new List<MethodSpec>();
        var stubs = new List<MemberStubSpec>();
        var implementedSignatures = new HashSet<string>();
        string clientName = ClientNameFor(api.Name);
        AttributeContext rootContext = AttributeContext.For(api, known);

        foreach (ApiMember member in ApiMember.Of(api, rootContext, known, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var problems = new FirstProblem();
            DeclarationChecker.CheckMemberKind(member, problems);
            switch (member.Symbol)
            {
                case IMethodSymbol method:
                    bool isExplicit = method.IsStatic
                        || !implementedSignatures.Add(TypeText.Signature(method))
                        || method.Name == clientName
                        || ObjectMemberNames.Contains(method.Name);
                    methods.Add(MethodParser.Parse(member, isExplicit, known, enums, problems, cancellationToken));
                    break;
                case IPropertySymbol property:
                    stubs.Add(MemberStubs.ForProperty(property, member.Declaring, problems.Found!.Message));
                    break;
                case IEventSymbol @event:
                    stubs.Add(MemberStubs.ForEvent(@event, member.Declaring, problems.Found!.Message));
                    break;
            }
        }

        var schemes = methods.Where(m => m.UnsupportedReason is null).Select(m => m.AuthScheme).Distinct().OrderBy(s => s);
        string? ns = api.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : null;
        return new ClientSpec(
            ns,
            ContainingTypes(api),
            TypeText.Of(api),
            api.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
            clientName,
            Accessibility(api.DeclaredAccessibility),
            BaseAddressOf(api),
            JsonContextDeclaration.UsableName(api, known),
            HintNameFor(api),
            methods.ToEquatableArray(),
            stubs.ToEquatableArray(),
            enums.ToEquatableArray(),
            schemes.ToEquatableArray(),
            CanRegisterServices: api.ContainingType is null
                && api.DeclaredAccessibility is Microsoft.CodeAnalysis.Accessibility.Public or Microsoft.CodeAnalysis.Accessibility.Internal
                && !HasStaticAbstractMembers(api));
    }

    /// <summary><c>IChannelApi</c> becomes <c>ChannelApiClient</c>; a name without the <c>I</c> prefix keeps its name.</summary>
    public static string ClientNameFor(string interfaceName)
    {
        bool hasPrefix = interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1]);
        return (hasPrefix ? interfaceName.Substring(1) : interfaceName) + "Client";
    }

    private static string BaseAddressOf(INamedTypeSymbol api)
    {
        foreach (AttributeData attribute in api.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == KnownTypes.AgoraApiAttribute
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string address)
            {
                return address;
            }
        }

        return "https://api.agora.io";
    }

    // An interface with static abstract members cannot be a type argument (AddHttpClient<TClient, ...>).
    private static bool HasStaticAbstractMembers(INamedTypeSymbol api) =>
        new[] { api }.Concat(api.AllInterfaces).SelectMany(i => i.GetMembers()).Any(m => m.IsStatic && m.IsAbstract);

    // A class cannot be nested in an interface with variant type parameters.
    private static bool HasVariantContainer(INamedTypeSymbol api)
    {
        for (INamedTypeSymbol? type = api.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.TypeParameters.Any(p => p.Variance != VarianceKind.None))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllContainingTypesArePartial(INamedTypeSymbol api, CancellationToken cancellationToken)
    {
        for (INamedTypeSymbol? type = api.ContainingType; type is not null; type = type.ContainingType)
        {
            bool isPartial = false;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                    && declaration.Modifiers.Any(m => m.ValueText == "partial"))
                {
                    isPartial = true;
                    break;
                }
            }

            if (!isPartial)
            {
                return false;
            }
        }

        return true;
    }

    private static EquatableArray<ContainingTypeSpec> ContainingTypes(INamedTypeSymbol api)
    {
        var chain = new List<ContainingTypeSpec>();
        for (INamedTypeSymbol? type = api.ContainingType; type is not null; type = type.ContainingType)
        {
            string keyword = type switch
            {
                { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
                { IsRecord: true } => "record",
                { TypeKind: TypeKind.Struct } => "struct",
                { TypeKind: TypeKind.Interface } => "interface",
                _ => "class",
            };
            string name = CSharpText.Identifier(type.Name);
            if (type.TypeParameters.Length > 0)
            {
                name += "<" + string.Join(", ", type.TypeParameters.Select(p => CSharpText.Identifier(p.Name))) + ">";
            }

            chain.Insert(0, new ContainingTypeSpec(keyword, name));
        }

        return chain.ToEquatableArray();
    }

    private static string Accessibility(Accessibility accessibility) => accessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Public => "public",
        Microsoft.CodeAnalysis.Accessibility.Private => "private",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
        Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
        Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
        _ => "internal",
    };

    /// <summary>
    /// A file name unique to the interface: its full name, with '_' doubled so that the '_' before a containing
    /// type's arity (<c>Outer_1</c> for <c>Outer&lt;T&gt;</c>) cannot meet a user's own underscore.
    /// </summary>
    private static string HintNameFor(INamedTypeSymbol api)
    {
        var parts = new List<string>();
        for (INamedTypeSymbol? type = api; type is not null; type = type.ContainingType)
        {
            parts.Insert(0, Escape(type.Name) + (type.Arity > 0 ? "_" + type.Arity : string.Empty));
        }

        for (INamespaceSymbol? ns = api.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            parts.Insert(0, Escape(ns.Name));
        }

        return string.Join(".", parts) + ".g.cs";

        static string Escape(string identifier)
        {
            var text = new System.Text.StringBuilder(identifier.Length);
            foreach (char c in identifier)
            {
                text.Append(c == '_' ? "__" : char.IsLetterOrDigit(c) ? c.ToString() : "_x" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
    }
}
