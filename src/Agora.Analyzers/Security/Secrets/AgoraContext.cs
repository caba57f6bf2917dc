using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Evidence that code deals with Agora, for findings whose text alone could be anyone's credential: an HTTP Basic
/// value, URL user information, <c>curl -u</c>, a pair of generated values, a <c>NetworkCredential</c>. The type that
/// holds the code (with its comments), its namespace or its file's usings name Agora, one of its hosts or its token
/// builders. A Basic
/// value in an HTTP library's own tests, or a mail provider's key pair, has none: it is not reported as Agora's.
/// </summary>
internal static class AgoraContext
{
    // Words only Agora code uses: the company and product name, its REST hosts' domains, its token builders' names.
    private static readonly string[] Words = { "agora", "sd-rtn", "rtctokenbuilder", "rtmtokenbuilder", "accesstoken2" };

    private static readonly ConditionalWeakTable<SyntaxNode, object> Cache = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    /// <summary>Whether the code around <paramref name="node"/> is about Agora.</summary>
    public static bool Around(SyntaxNode node)
    {
        SyntaxNode scope = OutermostType(node) ?? node.SyntaxTree.GetRoot();
        if (Cache.GetValue(scope, s => Mentions(s.ToFullString()) ? Yes : No) == Yes)
        {
            return true;
        }

        // using Agora.Rest; namespace Contoso.Agora { … }
        return scope is not CompilationUnitSyntax && node.SyntaxTree.GetRoot() is CompilationUnitSyntax unit
            && (Mentions(unit.Usings.ToFullString()) || NamespaceOf(scope) is { } name && Mentions(name));
    }

    private static SyntaxNode? OutermostType(SyntaxNode node)
    {
        SyntaxNode? outermost = null;
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax)
            {
                outermost = current;
            }
        }

        return outermost;
    }

    private static string? NamespaceOf(SyntaxNode type)
    {
        for (SyntaxNode? current = type.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseNamespaceDeclarationSyntax ns)
            {
                return ns.Name.ToString();
            }
        }

        return null;
    }

    private static bool Mentions(string text)
    {
        foreach (string word in Words)
        {
            if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
