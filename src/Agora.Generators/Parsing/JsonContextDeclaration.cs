using System.Linq;
using Microsoft.CodeAnalysis;

namespace Agora.Generators.Parsing;

/// <summary>
/// The <c>JsonContext</c> an <c>[AgoraApi]</c> interface names, and whether the client can use it: decided here once
/// for the generator (which emits lookups through it) and the analyzer (which reports AGR1021).
/// </summary>
internal static class JsonContextDeclaration
{
    /// <summary>The type given as <c>JsonContext = typeof(...)</c>, or <see langword="null"/> when none is given.</summary>
    public static ITypeSymbol? Named(INamedTypeSymbol api)
    {
        foreach (AttributeData attribute in api.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != KnownTypes.AgoraApiAttribute)
            {
                continue;
            }

            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "JsonContext" && argument.Value.Kind == TypedConstantKind.Type)
                {
                    return argument.Value.Value as ITypeSymbol;
                }
            }
        }

        return null;
    }

    /// <summary>Why the client cannot read and write through <paramref name="context"/>, or <see langword="null"/> when it can.</summary>
    public static string? Problem(ITypeSymbol type, KnownTypes known)
    {
        if (type.TypeKind == TypeKind.Error)
        {
            return "the type cannot be found";
        }

        if (type is not INamedTypeSymbol context || !DerivesFrom(context, known.JsonSerializerContext))
        {
            return "the type does not derive from System.Text.Json.Serialization.JsonSerializerContext; declare a partial class that does, with [JsonSerializable] for each body and response type";
        }

        if (context.IsAbstract || context.IsGenericType)
        {
            return "the context is abstract or generic; name the concrete, non-generic context class";
        }

        // The client is generated in another file, beside the API and in its containers, so it can name whatever the
        // attribute can, except a file-local type.
        if (context.IsFileLocal)
        {
            return "the context is file-local, and the generated client lives in another file; make it internal or public";
        }

        // The System.Text.Json generator adds Default to a partial context, but this generator cannot see its output:
        // a partial declaration counts as having it.
        bool hasDefault = context.GetMembers("Default").OfType<IPropertySymbol>()
            .Any(p => p.IsStatic && SymbolEqualityComparer.Default.Equals(p.Type, context));
        if (!hasDefault && !IsPartial(context))
        {
            return "the context has no static Default property of its own type; declare it 'partial' so the System.Text.Json source generator completes it";
        }

        return null;
    }

    /// <summary>The context's name for generated code when the client can use it, else <see langword="null"/>.</summary>
    public static string? UsableName(INamedTypeSymbol api, KnownTypes known)
    {
        ITypeSymbol? context = Named(api);
        return context is not null && Problem(context, known) is null ? TypeText.Of(context) : null;
    }

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(m => m.ValueText == "partial"));

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
