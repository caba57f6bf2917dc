using System;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security;

/// <summary>
/// Which well-known type or namespace a symbol is, by name and without allocating: these checks run on
/// every argument and invocation of a build, where <c>ToDisplayString</c> would cost more than the analysis.
/// </summary>
internal static class SymbolNames
{
    /// <summary>The top-level type <paramref name="name"/> in <paramref name="qualifiedNamespace"/> (any arity).</summary>
    public static bool IsType(ITypeSymbol? type, string qualifiedNamespace, string name) =>
        type is { ContainingType: null }
        && string.Equals(type.Name, name, StringComparison.Ordinal)
        && IsNamespace(type.ContainingNamespace, qualifiedNamespace);

    /// <summary>The namespace whose dotted name is <paramref name="qualifiedName"/> ("Microsoft.Extensions.Logging").</summary>
    public static bool IsNamespace(INamespaceSymbol? symbol, string qualifiedName)
    {
        // Compare from the innermost part outwards: "Logging", then "Extensions", then "Microsoft".
        int end = qualifiedName.Length;
        for (INamespaceSymbol? current = symbol; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            string part = current.Name;
            int start = end - part.Length;
            if (start < 0 || string.CompareOrdinal(qualifiedName, start, part, 0, part.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingNamespace is null or { IsGlobalNamespace: true };
            }

            if (qualifiedName[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }

    /// <summary><paramref name="type"/> or one of its base classes is <c>System.Exception</c>.</summary>
    public static bool IsException(ITypeSymbol type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (IsType(current, "System", "Exception"))
            {
                return true;
            }
        }

        return false;
    }
}
